package studybot.plan;

import java.util.Locale;
import java.util.Map;
import studybot.i18n.Texts;
import studybot.i18n.Wording;

/**
 * A plan request that cannot be done as asked: bad input (an unknown start section, a pace out of range, no valid day)
 * or the wrong state (no plan yet, already at the end). It carries its text's key and arguments so the person who asked
 * reads it in their own language; its message is the English text, for the log.
 */
public final class PlanException extends Exception {

    private final transient Wording wording;

    /** @param texts the {@code plan} bundle, which has {@code key} */
    PlanException(Texts texts, String key, Map<String, ?> arguments) {
        this(new Wording(texts, key, arguments));
    }

    private PlanException(Wording wording) {
        super(wording.toString());
        this.wording = wording;
    }

    /** What went wrong, in {@code reader}'s language. */
    public String message(Locale reader) {
        return wording.in(reader);
    }
}
