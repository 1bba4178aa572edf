package studybot.dailytips;

import java.util.Locale;
import studybot.reply.Text;

/**
 * Posting a tip failed. The two kinds are handled differently: a permanent failure pauses the server's daily tips until
 * an admin changes its settings, a transient one is retried with backoff. The message is shown to admins.
 */
public abstract sealed class TipSendException extends Exception permits PermanentSendFailure, TransientSendFailure {

    TipSendException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** The failure as admins read it, in {@code reader}'s language. */
    public abstract Text text(Locale reader);
}
