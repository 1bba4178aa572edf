package studybot.dailytips;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import studybot.reply.Text;

/**
 * A later attempt may succeed: Discord answered 5xx, timed out, or rate-limited the request. {@code retryAfter} is the
 * wait Discord asked for (429's {@code retry_after}), when it asked for one.
 */
public final class TransientSendFailure extends TipSendException {

    private final Duration retryAfter;

    public TransientSendFailure(String reason) {
        this(reason, (Throwable) null);
    }

    public TransientSendFailure(String reason, Throwable cause) {
        super(reason, cause);
        this.retryAfter = null;
    }

    public TransientSendFailure(String reason, Duration retryAfter) {
        super(reason, null);
        this.retryAfter = retryAfter;
    }

    /** Discord's or the network's own reason, which studybot does not translate. */
    @Override
    public Text text(Locale reader) {
        return Text.plain(getMessage());
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
