package studybot.reload;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a burst of changes into one reload: due once no change has been seen for the whole quiet period. An editor that
 * writes a temp file, renames it and saves ten times in a row moves the deadline each time, so only the last change
 * counts. Time is passed in, so the rule can be checked without waiting; used by one thread only.
 */
final class QuietPeriod {

    private final Duration length;
    private Instant lastChange;

    QuietPeriod(Duration length) {
        if (length.isNegative()) {
            throw new IllegalArgumentException("a quiet period is not negative: " + length);
        }
        this.length = length;
    }

    /** Something changed at {@code at}: the quiet period starts again. */
    void changed(Instant at) {
        lastChange = at;
    }

    /** How long until a reload is due, zero if it is due now; empty when nothing has changed since the last one. */
    Optional<Duration> remaining(Instant now) {
        if (lastChange == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, lastChange.plus(length));
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    /**
     * True, once, when the folder has been quiet for the whole period since the last change: the caller reloads. False
     * until then, and after that until something changes again.
     */
    boolean takeDue(Instant now) {
        if (remaining(now).filter(Duration::isZero).isEmpty()) {
            return false;
        }
        lastChange = null;
        return true;
    }
}
