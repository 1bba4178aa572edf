package studybot.store;

import java.util.Locale;
import studybot.i18n.Languages;
import studybot.i18n.Texts;

/**
 * The store did not take the work soon enough: another process holds its lock, or every connection is in use. Nothing
 * was written; the same work may simply be tried again.
 */
public final class StoreBusyException extends StoreException {

    private static final Texts TEXTS = Texts.load("store");

    /** What a person whose request found the store busy is told, in English. */
    public static final String ADVICE = advice(Languages.ENGLISH);

    public StoreBusyException(String message, Throwable cause) {
        super(message, cause);
    }

    /** What a person whose request found the store busy is told, in {@code reader}'s language. */
    public static String advice(Locale reader) {
        return TEXTS.text(reader, "busy");
    }
}
