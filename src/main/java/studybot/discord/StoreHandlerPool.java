package studybot.discord;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The threads store work runs on, and a queue that turns work away only once the store has stopped keeping up: when the
 * oldest waiting task has waited longer than the store's own busy timeout (a locked file, a pool that gives no
 * connection). A burst of quick writes (200 members answering one question at once) is queued, each interaction
 * deferred by its deadline timer if its turn comes late, never told the store is busy while the store is idle. Nor
 * while it is still opening at startup: work queued then waits for it, and the patience counts from the moment it
 * opened. The queue is still bounded, so memory is.
 */
final class StoreHandlerPool extends ThreadPoolExecutor {

    private final long patienceNanos;
    private final BooleanSupplier storeOpen;
    /** When this pool first saw the store open; waiting before that was waiting for it to open. */
    private volatile OptionalLong openSeen = OptionalLong.empty();

    /**
     * @param patience how long the oldest waiting task may have waited before new work is turned away: the store's busy
     *     timeout
     * @param storeOpen whether the store has opened ({@link studybot.store.Store#opened()})
     * @param capacity the most tasks ever waiting
     */
    StoreHandlerPool(
            int threads, int capacity, Duration patience, BooleanSupplier storeOpen, ThreadFactory threadFactory) {
        super(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(capacity), threadFactory);
        this.patienceNanos = patience.toNanos();
        this.storeOpen = storeOpen;
    }

    /** @throws RejectedExecutionException when the store is not keeping up, the queue is full, or it is shut down */
    @Override
    public void execute(Runnable task) {
        long now = System.nanoTime();
        if (getQueue().peek() instanceof Queued oldest && waitedForOpenStore(oldest, now) > patienceNanos) {
            throw new RejectedExecutionException("the store has not kept up for " + patienceNanos / 1_000_000 + " ms");
        }
        super.execute(new Queued(task, now));
    }

    private long waitedForOpenStore(Queued oldest, long now) {
        OptionalLong seen = openSeen;
        if (seen.isEmpty()) {
            if (!storeOpen.getAsBoolean()) {
                return 0;
            }
            seen = OptionalLong.of(now);
            openSeen = seen;
        }
        return now - Math.max(oldest.queuedAt, seen.getAsLong());
    }

    /** A task and when it was queued. */
    private record Queued(Runnable task, long queuedAt) implements Runnable {

        @Override
        public void run() {
            task.run();
        }
    }
}
