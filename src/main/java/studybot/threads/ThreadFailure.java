package studybot.threads;

import java.util.Objects;

/**
 * Opening or reopening a thread failed. {@link Kind#NOT_ALLOWED} needs an admin (a permission, a channel type that has
 * no threads), so the digest goes out without its thread; {@link Kind#TRANSIENT} may pass (5xx, timeout, rate limit).
 */
public final class ThreadFailure extends Exception {

    /** Whether trying again can help. */
    public enum Kind {
        NOT_ALLOWED,
        TRANSIENT
    }

    private final Kind kind;

    public ThreadFailure(Kind kind, String reason) {
        this(kind, reason, null);
    }

    public ThreadFailure(Kind kind, String reason, Throwable cause) {
        super(reason, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
