package studybot.store;

/**
 * The store did not take the work soon enough: another process holds its lock, or every connection is in use. Nothing
 * was written; the same work may simply be tried again.
 */
public final class StoreBusyException extends StoreException {

    /** What a person whose request found the store busy is told. */
    public static final String ADVICE = "The store is busy, try again in a moment.";

    public StoreBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
