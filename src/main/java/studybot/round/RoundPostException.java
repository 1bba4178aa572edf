package studybot.round;

import java.util.Objects;

/**
 * A round's message could not be posted or edited; the message says why, for the log, and {@link #kind} what the round
 * does about it: try again, or end at once without another attempt in a channel that refuses it.
 */
public final class RoundPostException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of failure it was. */
    public enum Kind {
        /**
         * Discord failed this time (a 5xx, no answer in time, not connected yet): the same message may be sent again.
         */
        TRANSIENT,
        /** The channel refuses studybot (deleted, unknown, a permission taken away): nothing more is sent there. */
        CHANNEL_REFUSES,
        /** Discord refused this message for another reason: sending it again would be refused again. */
        REJECTED,
        /** studybot is stopping: the step is done again after the restart. */
        STOPPING
    }

    private final Kind kind;

    public RoundPostException(String message, Kind kind) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public RoundPostException(String message, Kind kind, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
