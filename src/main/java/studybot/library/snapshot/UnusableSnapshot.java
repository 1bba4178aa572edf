package studybot.library.snapshot;

/**
 * A snapshot that cannot stand in for reading the book, and why: damaged on disk (cut short, corrupt), or sound but of
 * another version or key. The two are logged apart, so an operator is not told the book changed when its file broke.
 */
public final class UnusableSnapshot extends Exception {

    private final boolean damaged;

    /** A sound snapshot that does not fit: another layout version or key, or beyond the import limits. */
    public UnusableSnapshot(String reason) {
        this(reason, false);
    }

    private UnusableSnapshot(String reason, boolean damaged) {
        super(reason);
        this.damaged = damaged;
    }

    /** A snapshot whose bytes are not those studybot wrote: cut short or corrupt. */
    static UnusableSnapshot damaged(String reason) {
        return new UnusableSnapshot(reason, true);
    }

    /** Whether the file was damaged, rather than written for another key or version. */
    public boolean isDamaged() {
        return damaged;
    }
}
