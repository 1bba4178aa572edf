package studybot.i18n;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A text decided before its reader's language is known: a refusal made deep in a service, worded later for whoever
 * asked. It keeps the text's key and arguments rather than a sentence; {@link #toString()} is the English text, for the
 * log. An argument that is itself a {@code Wording} (a hint from another feature's bundle) is worded for the same
 * reader, so a German sentence never carries an English hint.
 *
 * @param texts the bundle that has {@code key}
 */
public record Wording(Texts texts, String key, Map<String, ?> arguments) {

    public Wording {
        arguments = Map.copyOf(arguments);
    }

    /** The text in {@code reader}'s language. */
    public String in(Locale reader) {
        Map<String, Object> worded = new HashMap<>(arguments);
        worded.replaceAll((name, value) -> value instanceof Wording inner ? inner.in(reader) : value);
        return texts.format(reader, key, worded);
    }

    @Override
    public String toString() {
        return in(Languages.ENGLISH);
    }
}
