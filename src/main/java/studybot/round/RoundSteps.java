package studybot.round;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.concurrent.DaemonThreads;
import studybot.store.StoreException;

/**
 * Runs each round's steps on threads apart from the rounds' timer, so that a round whose messages wait for Discord (a
 * slow answer, the pauses between retries of a failing channel) holds up only itself: the timer keeps renewing this
 * process's hold on its rounds and finding those due, and every other round is stepped at its time. A round is stepped
 * by one thread at a time: a step asked for while the round's last one is under way is left out, and the timer's next
 * pass finds the round again if it is still due. So at most one step per round waits for a thread, and the queue is
 * never longer than the rounds running.
 */
final class RoundSteps {

    private static final Logger LOG = LoggerFactory.getLogger(RoundSteps.class);

    /** How long a thread with nothing to step is kept: rounds come in bursts, and none may run for days. */
    private static final Duration IDLE_THREAD = Duration.ofMinutes(1);

    private final ExecutorService pool;
    private final Set<RoundKey> underWay = ConcurrentHashMap.newKeySet();

    /** @param pool runs the steps; stopped by {@link #stop} */
    RoundSteps(ExecutorService pool) {
        this.pool = pool;
    }

    /**
     * Steps on up to {@code threads} daemon threads, made as needed and let go of when idle: {@code threads} rounds may
     * wait for Discord at once before another's step waits for a thread.
     */
    static RoundSteps onThreads(int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                threads,
                threads,
                IDLE_THREAD.toMillis(),
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(),
                DaemonThreads.numbered("studybot-round-steps"));
        pool.allowCoreThreadTimeOut(true);
        return new RoundSteps(pool);
    }

    /**
     * Runs {@code step} of the round on a thread of its own, unless a step of that round is under way or waiting, or
     * the steps were stopped; whether it was handed over. A step that fails is logged, and the round is stepped again
     * when a pass finds it due.
     */
    boolean run(RoundKey round, Runnable step) {
        if (!underWay.add(round)) {
            return false;
        }
        try {
            pool.execute(() -> {
                try {
                    step.run();
                } catch (StoreException e) {
                    LOG.debug("Round in channel {} waits for the store: {}", round.channelId(), e.toString());
                } catch (RuntimeException e) {
                    LOG.error(
                            "A step of the round in channel {} failed; it is tried again on the next pass",
                            round.channelId(),
                            e);
                } finally {
                    underWay.remove(round);
                }
            });
            return true;
        } catch (RejectedExecutionException stopped) {
            underWay.remove(round);
            return false;
        }
    }

    /**
     * Takes no more steps and lets those under way or waiting finish within {@code grace}; then interrupts them (a
     * round's pause between retries and its wait for Discord end at once, the step left for the next process to do
     * again) and waits up to {@code grace} more for them to end. The store closes after this, so no step should be left
     * to use it; one that is (stuck in a call that ignores interruption) is logged, and fails on the closed store
     * without moving its round.
     *
     * @return whether every step ended
     */
    boolean stop(Duration grace) {
        pool.shutdown();
        try {
            if (pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            pool.shutdownNow();
            if (pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
        LOG.warn("A round step did not end while studybot stopped; the next process does it again");
        return false;
    }
}
