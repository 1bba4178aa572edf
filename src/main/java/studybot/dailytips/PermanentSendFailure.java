package studybot.dailytips;

/**
 * Retrying will not help until an admin acts: the channel is gone or studybot may not post there. The reason is shown
 * to admins as why the server's tips are paused, so say what to fix ("Missing permission Send Messages in #tips").
 */
public final class PermanentSendFailure extends TipSendException {

    public PermanentSendFailure(String reason) {
        super(reason, null);
    }

    public PermanentSendFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
