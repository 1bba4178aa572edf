package studybot.store;

/**
 * The database cannot be used: it could not be opened, is corrupt, is from a newer studybot, or a statement failed.
 * Unchecked because callers cannot repair the store; the message names the database file so an operator can.
 */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
