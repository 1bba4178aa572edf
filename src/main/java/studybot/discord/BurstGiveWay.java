package studybot.discord;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Lets the handler of an interaction that is already deferred wait while interactions keep arriving in a burst. Its
 * answer is due within minutes, but the others' acknowledgements are due within three seconds, and in a cold JVM they
 * wait for JDA's gateway thread to get a core beside the handlers, the model and the compilers: measured on 1,000
 * distinct {@code /search} questions at once, holding the deferred handlers answered more of them in time in 5 of 5
 * quiet runs (docs/benchmarks.md). The wait is bounded from the interaction's arrival, so under steady load, where the
 * queue alone makes a handler start late, it does not wait at all.
 */
final class BurstGiveWay {

    /** Interactions closer together than this count as a burst still arriving. */
    static final Duration BURST_GAP = Duration.ofMillis(20);
    /** The longest a deferred handler is held, counted from its interaction's arrival. */
    static final Duration LONGEST_HOLD = Duration.ofSeconds(2);

    private static final long CHECK_EVERY_MILLIS = 5;

    private final LongSupplier nanoTime;
    private volatile long lastArrival;

    BurstGiveWay(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.lastArrival = nanoTime.getAsLong() - BURST_GAP.toNanos();
    }

    /** Notes an interaction's arrival and returns its time, for {@link #mayStart}. */
    long arrived() {
        long now = nanoTime.getAsLong();
        lastArrival = now;
        return now;
    }

    /** Whether the deferred handler of an interaction that arrived at {@code arrival} may start now. */
    boolean mayStart(long arrival) {
        long now = nanoTime.getAsLong();
        return now - lastArrival >= BURST_GAP.toNanos() || now - arrival >= LONGEST_HOLD.toNanos();
    }

    /** Waits until the deferred handler of an interaction that arrived at {@code arrival} may start. */
    void await(long arrival) {
        try {
            while (!mayStart(arrival)) {
                Thread.sleep(CHECK_EVERY_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
