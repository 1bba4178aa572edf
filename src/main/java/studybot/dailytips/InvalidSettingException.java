package studybot.dailytips;

import java.util.Locale;
import java.util.Map;
import studybot.i18n.Texts;
import studybot.i18n.Wording;

/**
 * Someone typed a time or a timezone studybot cannot use ({@code /tips set}, {@code /remind on}). It carries its text's
 * key and arguments, so whoever typed it reads it in their own language; its message is the English text, for the log.
 */
public final class InvalidSettingException extends Exception {

    /** The {@code dailytips} bundle, which has the texts of every setting's refusal; immutable, read once. */
    private static final Texts TEXTS = Texts.load("dailytips");

    private final transient Wording wording;

    InvalidSettingException(String key, Map<String, ?> arguments) {
        this(new Wording(TEXTS, key, arguments));
    }

    private InvalidSettingException(Wording wording) {
        super(wording.toString());
        this.wording = wording;
    }

    /** What is wrong and how to write it, in {@code reader}'s language. */
    public String message(Locale reader) {
        return wording.in(reader);
    }
}
