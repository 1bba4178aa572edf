package studybot.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.concurrent.DaemonThreads;

/**
 * Sends a pass's posts a few at a time, so a round trip to Discord does not hold up the next post while the shared rate
 * has room, and keeps the pass from claiming posts far ahead of sending them: {@link Pass#reserve} waits until at most
 * {@code ahead} posts are claimed but not yet sent, so a claim is spent within moments of being made.
 */
public final class ParallelSends {

    private static final Logger log = LoggerFactory.getLogger(ParallelSends.class);

    private final ExecutorService senders;
    private final int ahead;

    /**
     * @param parallelism posts sent at once
     * @param ahead posts claimed but not yet sent, at most
     */
    public ParallelSends(int parallelism, int ahead) {
        this.senders = Executors.newFixedThreadPool(parallelism, DaemonThreads.numbered("studybot-tip-sender"));
        this.ahead = ahead;
    }

    public Pass pass() {
        return new Pass();
    }

    /**
     * One pass's sends. An {@link Error} in a send (the process is dying) is rethrown to the pass from the next
     * {@link #reserve} or {@link #finish}; if the pass is interrupted (the bot is stopping) the sends under way are
     * cancelled and their claims simply lapse, to be resumed with the same nonce.
     */
    public final class Pass {

        private final Semaphore room = new Semaphore(ahead);
        private final List<Future<?>> running = new ArrayList<>();
        private final AtomicReference<Error> fatal = new AtomicReference<>();

        /** Waits until {@code posts} (at most {@code ahead}) more may be claimed. */
        public void reserve(int posts) throws InterruptedException {
            if (posts > ahead) {
                throw new IllegalArgumentException("cannot reserve " + posts + " posts, at most " + ahead);
            }
            rethrow();
            try {
                room.acquire(posts);
            } catch (InterruptedException e) {
                cancel();
                throw e;
            }
        }

        /** Gives back room reserved for posts that were not claimed after all. */
        public void unreserve(int posts) {
            room.release(posts);
        }

        /** Sends one reserved post; its room is given back when it is done. */
        public void submit(Runnable send) {
            running.add(senders.submit(() -> {
                try {
                    send.run();
                } catch (Error e) {
                    fatal.compareAndSet(null, e);
                } finally {
                    room.release();
                }
            }));
        }

        /** Waits for every send. */
        public void finish() throws InterruptedException {
            for (Future<?> send : running) {
                try {
                    send.get();
                } catch (InterruptedException e) {
                    cancel();
                    throw e;
                } catch (ExecutionException e) {
                    log.error("Daily tips: a post failed unexpectedly", e.getCause());
                }
            }
            rethrow();
        }

        private void cancel() {
            running.forEach(send -> send.cancel(true));
        }

        private void rethrow() {
            Error error = fatal.get();
            if (error != null) {
                throw error;
            }
        }
    }
}
