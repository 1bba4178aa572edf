package studybot.progress;

import java.util.Locale;
import java.util.Map;
import studybot.i18n.Languages;
import studybot.i18n.Texts;

/**
 * A read mark that can't be made as asked (no such section, unreadable input). It carries its text's key and arguments
 * so the asker reads it in their own language; its message is the English text, for the log.
 */
public final class ProgressException extends Exception {

    private final transient Texts texts;
    private final String key;
    private final transient Map<String, ?> arguments;

    /** @param texts the {@code progress} bundle, which has {@code key} */
    ProgressException(Texts texts, String key, Map<String, ?> arguments) {
        super(texts.format(Languages.ENGLISH, key, arguments));
        this.texts = texts;
        this.key = key;
        this.arguments = Map.copyOf(arguments);
    }

    /** What went wrong, in {@code reader}'s language. */
    public String message(Locale reader) {
        return texts.format(reader, key, arguments);
    }
}
