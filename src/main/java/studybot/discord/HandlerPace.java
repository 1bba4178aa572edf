package studybot.discord;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How long a pool's handlers have been taking lately (a moving average of their last few dozen answers), so that an
 * interaction arriving behind a long queue can be deferred at once instead of by its timer: when the handlers already
 * queued will take longer than the deferral time, its answer is late anyway, and an acknowledgement sent as it arrives
 * reaches Discord before its deadline even when the machine is too busy to run the timer on time.
 */
final class HandlerPace {

    /** Weight of the newest handler time in the average: about the last 16 answers count. */
    private static final double WEIGHT = 1.0 / 16;

    /**
     * The pace assumed before any answer: a fresh JVM's first answers are its slowest (classes loading, code not yet
     * compiled), and a first burst queues up in full before the first of them is done, so without a pessimistic start
     * none of it would be deferred as it arrives. The average moves to the real pace over the first few dozen answers.
     */
    static final Duration COLD = Duration.ofMillis(100);

    private final AtomicLong meanNanos = new AtomicLong(COLD.toNanos());

    void answered(long nanos) {
        meanNanos.updateAndGet(mean -> Math.round(mean + WEIGHT * (nanos - mean)));
    }

    /** How long {@code queued} interactions take on {@code threads} handlers at the recent pace. */
    Duration wait(int queued, int threads) {
        return Duration.ofNanos(meanNanos.get() * queued / Math.max(1, threads));
    }
}
