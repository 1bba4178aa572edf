package studybot.reload;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import studybot.i18n.Wording;

/**
 * Why a reload was refused and when, as {@code /stats} shows it. The message names the seed file and line to fix,
 * because whoever reads it edits the seeds, not the code.
 *
 * @param message the reason in English, as the log has it
 * @param worded the same reason to be worded for whoever reads {@code /stats}; empty where it is a lower layer's own
 *     text (a watcher's failure), shown as it is
 */
public record ReloadError(String message, Optional<Wording> worded, Instant at) {

    public ReloadError {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(worded, "worded");
        Objects.requireNonNull(at, "at");
    }

    /** A reason only a lower layer words, such as a file watcher's failure. */
    public ReloadError(String message, Instant at) {
        this(message, Optional.empty(), at);
    }

    /** A reason studybot words: in English for the log, in the reader's language for {@code /stats}. */
    public ReloadError(Wording reason, Instant at) {
        this(reason.toString(), Optional.of(reason), at);
    }

    /** The reason in {@code reader}'s language, where it has one. */
    public String message(Locale reader) {
        return worded.map(reason -> reason.in(reader)).orElse(message);
    }
}
