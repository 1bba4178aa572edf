package studybot.threads;

import java.util.Objects;

/**
 * Opening or reopening a thread failed. {@link Kind#NOT_ALLOWED} needs an admin (a permission, a channel type that has
 * no threads), so the digest goes out without its thread; {@link Kind#TRANSIENT} may pass (5xx, timeout, rate limit).
 * What went wrong is kept as a {@link ThreadProblem}, worded for whoever reads it; the message is for the log.
 */
public final class ThreadFailure extends Exception {

    /** Whether trying again can help. */
    public enum Kind {
        NOT_ALLOWED,
        TRANSIENT
    }

    private final Kind kind;
    private final transient ThreadProblem problem;

    public ThreadFailure(Kind kind, ThreadProblem problem, String logMessage) {
        this(kind, problem, logMessage, null);
    }

    public ThreadFailure(Kind kind, ThreadProblem problem, String logMessage, Throwable cause) {
        super(logMessage, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public Kind kind() {
        return kind;
    }

    public ThreadProblem problem() {
        return problem;
    }
}
