package studybot.store;

/**
 * The store did not take the work soon enough: another process holds its lock, or every connection is in use.
 * Nothing was written; the same work may simply be tried again.
 */
public final class StoreBusyException extends StoreException {

    public StoreBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
