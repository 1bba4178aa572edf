package studybot.progress;

import java.util.Map;
import studybot.i18n.Texts;
import studybot.i18n.WordedException;
import studybot.i18n.Wording;

/**
 * A read mark that can't be made as asked (no such section, unreadable input). It carries its text's key and arguments
 * so the asker reads it in their own language; its message is the English text, for the log.
 */
public final class ProgressException extends WordedException {

    /** @param texts the {@code progress} bundle, which has {@code key} */
    ProgressException(Texts texts, String key, Map<String, ?> arguments) {
        super(new Wording(texts, key, arguments));
    }
}
