package studybot.remind;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A DM Discord did not deliver. {@link Kind#CLOSED} (Discord's 50007) will not change by retrying: the member closed
 * their DMs, blocked studybot or shares no server with it, so the reminder pauses until they run {@code /remind on}
 * again. Anything else may pass and is retried with backoff within the day.
 */
public final class DmFailure extends Exception {

    /** Whether retrying can help. */
    public enum Kind {
        CLOSED,
        TRANSIENT
    }

    private final Kind kind;
    private final Duration retryAfter;

    public DmFailure(Kind kind, String reason, Duration retryAfter, Throwable cause) {
        super(reason, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.retryAfter = retryAfter;
    }

    public static DmFailure closed(String reason, Throwable cause) {
        return new DmFailure(Kind.CLOSED, reason, null, cause);
    }

    public static DmFailure transientFailure(String reason, Throwable cause) {
        return new DmFailure(Kind.TRANSIENT, reason, null, cause);
    }

    public Kind kind() {
        return kind;
    }

    /** The wait Discord asked for, when it asked (a 429's {@code retry_after}). */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
