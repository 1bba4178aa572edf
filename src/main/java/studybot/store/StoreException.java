package studybot.store;

/**
 * The store cannot be used: it could not be opened, is corrupt, is from a newer studybot, or a statement failed.
 * Unchecked because callers cannot repair the store; the message names the store (file, or host and database) so an
 * operator can, and never holds a password.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
