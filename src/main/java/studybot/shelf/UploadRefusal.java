package studybot.shelf;

import java.util.Locale;
import java.util.Map;
import studybot.i18n.Languages;
import studybot.i18n.Texts;

/**
 * Why an upload was refused, kept as its text's key and arguments so the manager who brought the book reads it in their
 * own language; {@link #toString()} is the English text, for the log.
 *
 * @param texts the {@code shelf} bundle, which has {@code key}
 */
public record UploadRefusal(Texts texts, String key, Map<String, ?> arguments) {

    public UploadRefusal {
        arguments = Map.copyOf(arguments);
    }

    /** Why the upload was refused, in {@code reader}'s language. */
    public String message(Locale reader) {
        return texts.format(reader, key, arguments);
    }

    @Override
    public String toString() {
        return message(Languages.ENGLISH);
    }
}
