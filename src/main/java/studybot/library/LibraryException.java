package studybot.library;

/**
 * The seeds can't be made into a book. The message names the file and line to fix, because the person reading it is
 * whoever edits the seeds, not a Java developer.
 */
public final class LibraryException extends Exception {

    public LibraryException(String message) {
        super(message);
    }
}
