package studybot.store;

/**
 * The store refused a write for a reason a person has to fix (read-only file, full disk, server down, permission
 * denied). Nothing of the failed transaction was kept; {@link StoreHealth} reports the fault once and notices when it
 * is gone.
 */
public final class StoreUnwritableException extends StoreException {

    public StoreUnwritableException(String message, Throwable cause) {
        super(message, cause);
    }
}
