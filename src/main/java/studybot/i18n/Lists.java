package studybot.i18n;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;

/**
 * A list as a sentence says it in the reader's language ("A, B, and C", "A, B und C"), for texts that name several
 * things they cannot count in advance, such as the permissions studybot lacks.
 */
public final class Lists {

    private Lists() {}

    /** {@code items} joined with the language's "and". */
    public static String and(Locale reader, List<String> items) {
        return ListFormatter.getInstance(ULocale.forLocale(Languages.closest(reader)))
                .format(items);
    }

    /**
     * {@code items} each named by {@code names}' text {@code keyPrefix + item} and joined with the language's "and":
     * things a feature's bundle words one by one, such as the permissions it names under {@code permission.}.
     */
    public static String and(Locale reader, Texts names, String keyPrefix, List<?> items) {
        return and(
                reader,
                items.stream().map(item -> names.text(reader, keyPrefix + item)).toList());
    }
}
