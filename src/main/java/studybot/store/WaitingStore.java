package studybot.store;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A store whose work waits for one-off work that must come first, as work given to an {@link OpeningStore} waits for
 * the opening: at startup, members' data is given its book and places are kept on their book before any feature reads
 * it, so a reply in the first seconds never shows a part of it. {@link #opened()} completes once both the store has
 * opened and that work is done, so on Discord the wait is the opening's (store work queued meanwhile is deferred by its
 * deadline timer, never refused as busy). Closing it leaves the store open: its owner closes that.
 */
public final class WaitingStore implements Store {

    private final Store store;
    private final CompletableFuture<Void> ready;

    /**
     * @param ready completes (normally, also when the work failed: the features then read what there is) once the work
     *     given to this store may run
     */
    public WaitingStore(Store store, CompletionStage<Void> ready) {
        this.store = store;
        this.ready = store.opened().toCompletableFuture().thenCombine(ready, (opened, done) -> null);
    }

    @Override
    public CompletionStage<Void> opened() {
        return ready;
    }

    @Override
    public Dialect dialect() {
        return store.dialect();
    }

    @Override
    public String description() {
        return store.description();
    }

    /** Waits for the work that comes first, then runs {@code work} in the store. */
    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        Objects.requireNonNull(work, "work");
        awaitReady();
        return store.inTransaction(work);
    }

    /** Waits for the work that comes first, then gives {@code work} to the store's shared writes. */
    @Override
    public <T> T inSharedTransaction(SqlWork<T> work) {
        Objects.requireNonNull(work, "work");
        awaitReady();
        return store.inSharedTransaction(work);
    }

    @Override
    public StoreHealth health() {
        return store.health();
    }

    @Override
    public void close() {
        // the store belongs to whoever opened it
    }

    private void awaitReady() {
        OpeningStore.awaited(
                ready, store.description(), "Interrupted while waiting for " + store.description() + " to be ready");
    }
}
