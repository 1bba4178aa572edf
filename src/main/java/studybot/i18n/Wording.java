package studybot.i18n;

import java.util.Locale;
import java.util.Map;

/**
 * A text decided before its reader's language is known: a refusal made deep in a service, worded later for whoever
 * asked. It keeps the text's key and arguments rather than a sentence; {@link #toString()} is the English text, for the
 * log.
 *
 * @param texts the bundle that has {@code key}
 */
public record Wording(Texts texts, String key, Map<String, ?> arguments) {

    public Wording {
        arguments = Map.copyOf(arguments);
    }

    /** The text in {@code reader}'s language. */
    public String in(Locale reader) {
        return texts.format(reader, key, arguments);
    }

    @Override
    public String toString() {
        return in(Languages.ENGLISH);
    }
}
