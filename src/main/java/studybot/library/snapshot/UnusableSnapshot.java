package studybot.library.snapshot;

/** A snapshot that cannot stand in for reading the book (cut short, corrupt, of another version or key), and why. */
public final class UnusableSnapshot extends Exception {

    public UnusableSnapshot(String reason) {
        super(reason);
    }
}
