package studybot.discord;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Lets the handler of an interaction that is already deferred wait while a burst is still arriving. Its answer is due
 * within minutes, but the others' acknowledgements are due within three seconds, and in a cold JVM they wait for JDA's
 * gateway thread to get a core beside the handlers, the model and the compilers. A burst is still arriving while
 * interactions come closer together than {@link #BURST_GAP}, and while the gateway is behind ({@link GatewayLag}): then
 * it still has interactions to read that Discord sent long ago, even if a busy machine leaves a longer gap between two
 * of them. Measured on 1,000 distinct {@code /search} questions at once in a fresh JVM (docs/benchmarks.md). The wait
 * is bounded from the interaction's arrival, so under steady load, where the queue alone makes a handler start late, it
 * does not wait at all, and a long burst still gets its answers well within Discord's fifteen minutes.
 */
final class BurstGiveWay {

    /** Interactions closer together than this count as a burst still arriving. */
    static final Duration BURST_GAP = Duration.ofMillis(20);
    /** An interaction that reached its listener this much later than the youngest one means a gateway behind. */
    static final Duration BEHIND = Duration.ofMillis(500);
    /**
     * While the gateway is behind, interactions this close together still count as arriving: its read thread reads its
     * backlog back to back whenever it has a core, so a longer pause than this means the backlog is read.
     */
    static final Duration BACKLOG_GAP = Duration.ofMillis(250);
    /** The longest a deferred handler is held, counted from its interaction's arrival. */
    static final Duration LONGEST_HOLD = Duration.ofSeconds(4);

    private static final long CHECK_EVERY_MILLIS = 5;

    private final LongSupplier nanoTime;
    private volatile long lastArrival;
    private volatile long lastBehindNanos;

    BurstGiveWay(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.lastArrival = nanoTime.getAsLong() - BACKLOG_GAP.toNanos();
    }

    /**
     * Notes an interaction's arrival, {@code behind} the youngest interaction seen, and returns its time, for
     * {@link #mayStart}.
     */
    long arrived(Duration behind) {
        long now = nanoTime.getAsLong();
        lastBehindNanos = behind.toNanos();
        lastArrival = now;
        return now;
    }

    /** Whether the deferred handler of an interaction that arrived at {@code arrival} may start now. */
    boolean mayStart(long arrival) {
        long now = nanoTime.getAsLong();
        if (now - arrival >= LONGEST_HOLD.toNanos()) {
            return true;
        }
        long gap = now - lastArrival;
        boolean backlog = lastBehindNanos >= BEHIND.toNanos() && gap < BACKLOG_GAP.toNanos();
        return gap >= BURST_GAP.toNanos() && !backlog;
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
