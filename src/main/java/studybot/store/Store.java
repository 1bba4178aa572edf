package studybot.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Where studybot keeps what must survive a restart: SQLite in the data folder by default, PostgreSQL when
 * {@code store.url} names one. Features never see which: they run {@link SqlWork} in a transaction and write SQL that
 * both dialects accept, keeping dialect-specific schema in their {@link Migrations}.
 */
public interface Store extends AutoCloseable {

    Dialect dialect();

    /** What the store is, for log lines and errors: the file, or host and database; never a password. */
    String description();

    /**
     * Runs {@code work} in one transaction: all of its writes are committed together when it returns, none of them if
     * it throws anything at all.
     *
     * @throws StoreBusyException when the store did not take the work within the busy timeout
     * @throws StoreUnwritableException when the store refused to write (read-only, full, down, no permission)
     * @throws StoreException for anything else a statement raised
     */
    <T> T inTransaction(SqlWork<T> work);

    /**
     * As {@link #inTransaction}, for a short write that may share its transaction, and so its commit, with other writes
     * given at the same moment: a burst of answers costs a few commits instead of one each. The work may run more than
     * once (when another write of its batch fails, the batch is rolled back and run again without it), so it does its
     * SQL and computes from what it reads, nothing else. A failure is this work's own or the store's, never another
     * write's.
     */
    default <T> T inSharedTransaction(SqlWork<T> work) {
        return inTransaction(work);
    }

    /**
     * Completes once the store is open, at once for a store opened before it was handed out; exceptionally, with the
     * reason, when it could not be opened. Only a store opening in the background ({@link OpeningStore}) takes time:
     * work given to it meanwhile waits until it is open, which is not the store failing to keep up.
     */
    default CompletionStage<Void> opened() {
        return CompletableFuture.completedFuture(null);
    }

    /** Whether the last writes went through, and what went wrong if not. */
    StoreHealth health();

    @Override
    void close();
}
