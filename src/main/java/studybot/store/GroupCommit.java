package studybot.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Short writes given at the same moment share one transaction, and so one commit. With SQLite's {@code synchronous =
 * FULL} every commit is an fsync (a few to tens of milliseconds on a plain disk), so 200 members answering one question
 * at once, each answer committed alone, queued for seconds behind each other's fsyncs.
 *
 * <p>One writer thread takes whatever has been queued while the previous batch committed (at most
 * {@value #MOST_PER_BATCH}) and runs it in one transaction; nobody waits for a batch to fill. Each caller waits for its
 * own write only and gets what it would have got alone. A write that fails fails only its caller: the batch is rolled
 * back and the others run again without it, in a new transaction. A batch that could not get the store (locked by
 * another process, no connection within the busy timeout) or could not write fails all its writes alike, since that is
 * the store's state and not theirs: "busy" is still said only when the store really is.
 */
final class GroupCommit implements AutoCloseable {

    static final int MOST_PER_BATCH = 64;

    /** Runs each batch in one of its transactions, reporting failures as it does. */
    private final Store store;

    /** Queued by {@link #close()} after the last write, which it lets commit. */
    private static final Write<Object> STOP = new Write<>(connection -> null);

    private final BlockingQueue<Write<?>> queue = new LinkedBlockingQueue<>();
    private Thread writer;
    private boolean closed;

    GroupCommit(Store store) {
        this.store = store;
    }

    /**
     * Queues {@code work} for the next batch and waits for its result.
     *
     * @throws StoreException as {@link Store#inTransaction} would, or when the store is closed
     */
    <T> T write(SqlWork<T> work) {
        Write<T> write = new Write<>(work);
        synchronized (this) {
            if (closed) {
                throw new StoreException("The store " + store.description() + " is closed");
            }
            if (writer == null) {
                writer = new Thread(this::writeBatches, "studybot-store-writer");
                writer.setDaemon(true);
                writer.start();
            }
            queue.add(write);
        }
        return write.await(store.description());
    }

    /**
     * Refuses new writes, commits those already queued, and returns once the writer has stopped; the store closes its
     * connections after this.
     */
    @Override
    public void close() {
        Thread stopping;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            stopping = writer;
            queue.add(STOP);
        }
        if (stopping == null) {
            return;
        }
        boolean interrupted = false;
        while (stopping.isAlive()) {
            try {
                stopping.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeBatches() {
        List<Write<?>> batch = new ArrayList<>(MOST_PER_BATCH);
        boolean stopping = false;
        while (!stopping) {
            batch.add(takeUninterruptibly());
            queue.drainTo(batch, MOST_PER_BATCH - 1);
            stopping = batch.remove(STOP);
            commit(batch);
            batch.clear();
        }
    }

    private Write<?> takeUninterruptibly() {
        while (true) {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                // only close() stops the writer, through STOP, after the writes queued before it
            }
        }
    }

    /** Commits {@code batch}, leaving out and failing each write that fails on its own, until the rest commits. */
    private void commit(List<Write<?>> batch) {
        List<Write<?>> left = new ArrayList<>(batch);
        while (!left.isEmpty()) {
            int[] running = {-1};
            List<Write<?>> attempt = left;
            List<Object> results;
            try {
                results = store.inTransaction(connection -> {
                    List<Object> done = new ArrayList<>(attempt.size());
                    for (int i = 0; i < attempt.size(); i++) {
                        running[0] = i;
                        done.add(attempt.get(i).work.run(connection));
                    }
                    running[0] = -1;
                    return done;
                });
            } catch (StoreBusyException | StoreUnwritableException e) {
                left.forEach(write -> write.result.completeExceptionally(e));
                return;
            } catch (RuntimeException | Error e) {
                if (running[0] < 0) {
                    left.forEach(write -> write.result.completeExceptionally(e));
                    return;
                }
                left.remove(running[0]).result.completeExceptionally(e);
                continue;
            }
            for (int i = 0; i < left.size(); i++) {
                left.get(i).complete(results.get(i));
            }
            return;
        }
    }

    /** One caller's work and the result it waits for. */
    private record Write<T>(SqlWork<T> work, CompletableFuture<T> result) {

        Write(SqlWork<T> work) {
            this(work, new CompletableFuture<>());
        }

        @SuppressWarnings("unchecked")
        void complete(Object value) {
            result.complete((T) value);
        }

        T await(String description) {
            try {
                return result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreBusyException("Interrupted while waiting for " + description, e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw (Error) e.getCause();
            }
        }
    }
}
