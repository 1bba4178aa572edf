package studybot.round;

/** A round's message could not be posted or edited; the message says why, for the log. */
public final class RoundPostException extends Exception {

    private static final long serialVersionUID = 1L;

    public RoundPostException(String message) {
        super(message);
    }

    public RoundPostException(String message, Throwable cause) {
        super(message, cause);
    }
}
