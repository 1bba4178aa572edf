package studybot.plan;

import java.util.Map;
import studybot.i18n.Texts;
import studybot.i18n.WordedException;
import studybot.i18n.Wording;

/**
 * A plan request that cannot be done as asked: bad input (an unknown start section, a pace out of range, no valid day)
 * or the wrong state (no plan yet, already at the end). It carries its text's key and arguments so the person who asked
 * reads it in their own language; its message is the English text, for the log.
 */
public final class PlanException extends WordedException {

    /** @param texts the {@code plan} bundle, which has {@code key} */
    PlanException(Texts texts, String key, Map<String, ?> arguments) {
        super(new Wording(texts, key, arguments));
    }
}
