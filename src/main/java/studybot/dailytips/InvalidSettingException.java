package studybot.dailytips;

import java.util.Map;
import studybot.i18n.Texts;
import studybot.i18n.WordedException;
import studybot.i18n.Wording;

/**
 * Someone typed a time or a timezone studybot cannot use ({@code /tips set}, {@code /remind on}). It carries its text's
 * key and arguments, so whoever typed it reads it in their own language; its message is the English text, for the log.
 */
public final class InvalidSettingException extends WordedException {

    /** The {@code dailytips} bundle, which has the texts of every setting's refusal; immutable, read once. */
    private static final Texts TEXTS = Texts.load("dailytips");

    InvalidSettingException(String key, Map<String, ?> arguments) {
        super(new Wording(TEXTS, key, arguments));
    }
}
