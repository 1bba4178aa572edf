package studybot.stats;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One INFO line per interaction: the command, the server (or {@code dm}), the outcome and the handler time, enough to
 * see what a bot that runs for months is doing. What users typed is theirs, so it goes to DEBUG only, cut short and
 * with line breaks escaped so it can't forge log lines.
 */
public final class InteractionLog {

    static final int MAX_TYPED_LENGTH = 200;

    private final Logger log;

    public InteractionLog() {
        this(LoggerFactory.getLogger(InteractionLog.class));
    }

    InteractionLog(Logger log) {
        this.log = log;
    }

    public void record(Interaction interaction) {
        String server = interaction.serverId().isPresent()
                ? Long.toString(interaction.serverId().getAsLong())
                : "dm";
        log.info(
                "interaction={} command={} server={} outcome={} took={}",
                interaction.id(),
                interaction.command(),
                server,
                interaction.outcome(),
                HumanDuration.fine(Duration.ofNanos(interaction.handlerNanos())));
        if (log.isDebugEnabled() && !interaction.typed().isEmpty()) {
            log.debug(
                    "command={} server={} typed=\"{}\"", interaction.command(), server, loggable(interaction.typed()));
        }
    }

    private static String loggable(String typed) {
        String cut = typed.length() <= MAX_TYPED_LENGTH ? typed : typed.substring(0, MAX_TYPED_LENGTH) + "…";
        StringBuilder out = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> {
            if (c == '\\' || c == '"') {
                out.append('\\').appendCodePoint(c);
            } else if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
