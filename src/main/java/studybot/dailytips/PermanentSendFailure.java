package studybot.dailytips;

import java.util.Locale;
import java.util.Objects;
import studybot.reply.Text;

/**
 * Retrying will not help until an admin acts: the channel is gone or studybot may not post there. The {@link #reason}
 * is kept as why the server's tips are paused and shown to admins, worded by their transport.
 */
public final class PermanentSendFailure extends TipSendException {

    private final PauseReason reason;

    public PermanentSendFailure(PauseReason reason) {
        this(reason, null);
    }

    public PermanentSendFailure(PauseReason reason, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason").text().plainText(), cause);
        this.reason = reason;
    }

    @Override
    public Text text(Locale reader) {
        return reason.text(reader);
    }

    public PauseReason reason() {
        return reason;
    }
}
