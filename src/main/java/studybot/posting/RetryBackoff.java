package studybot.posting;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait before retrying a tip after transient failures: {@code first}, then doubling, never more than
 * {@code max}. Retries stop when the server's local day ends; a tip is never posted on a later day.
 */
public record RetryBackoff(Duration first, Duration max) {

    /** 30 s, 1 min, 2 min, ... up to 30 min. */
    public static final RetryBackoff DEFAULT = new RetryBackoff(Duration.ofSeconds(30), Duration.ofMinutes(30));

    public RetryBackoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 0 < first <= max, got " + first + " and " + max);
        }
    }

    /** The wait after the {@code failures}-th failure in a row (1 for the first). */
    public Duration delayAfter(int failures) {
        Duration delay = first;
        for (int i = 1; i < failures && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) < 0 ? delay : max;
    }
}
