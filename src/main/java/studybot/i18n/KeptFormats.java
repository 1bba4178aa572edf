package studybot.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.text.Format;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One bundle's ICU message formats, built once and used again. A new {@link MessageFormat} parses its pattern, and its
 * number formatter (a plural's {@code #}, a {@code number} argument) takes the slow way for its first few numbers
 * before it compiles itself; built anew for every text, every number took the slow way: a fifth of the handlers' time
 * in a profile of a cold burst of {@code /search} questions. A MessageFormat is not safe for two threads at once, so
 * each kept one is lent to one thread at a time: a thread takes a free one of its text or builds one, and gives it back
 * once its text is formatted; at most {@link #KEPT_PER_TEXT} are kept per text and language, so the number kept is
 * bounded by the bundle.
 */
final class KeptFormats {

    /** The most formats kept for one text in one language: about the number of threads that format it at once. */
    static final int KEPT_PER_TEXT = 4;

    private final Map<TextInLanguage, BlockingQueue<KeptFormat>> free = new ConcurrentHashMap<>();

    private record TextInLanguage(Locale language, String key) {}

    /**
     * Formats text {@code key} in {@code language} (one of {@link Languages#SUPPORTED}) from {@code pattern}, its
     * pattern, with {@code values} (as ICU formats them); {@code zones} gives the zone each top-level date or time
     * argument is shown in, by name.
     */
    String format(
            Locale language,
            String key,
            String pattern,
            Map<String, Object> values,
            Function<String, Optional<ZoneId>> zones) {
        BlockingQueue<KeptFormat> kept = free.computeIfAbsent(
                new TextInLanguage(language, key), text -> new ArrayBlockingQueue<>(KEPT_PER_TEXT));
        KeptFormat format = kept.poll();
        if (format == null) {
            format = new KeptFormat(pattern, language);
        }
        String text = format.format(values, zones);
        kept.offer(format);
        return text;
    }

    /** A built format with what it was built with, so that each use starts from the same formats. */
    private static final class KeptFormat {

        private final MessageFormat format;
        /** The names of the pattern's top-level arguments, in order, once per use. */
        private final List<String> names;
        /** The formats ICU built for the top-level arguments, in the same order, never changed. */
        private final Format[] built;

        KeptFormat(String pattern, Locale language) {
            this.format = new MessageFormat(pattern, ULocale.forLocale(language));
            this.names = topLevelArguments(pattern);
            this.built = format.getFormats();
        }

        /**
         * Sets each date and time format to the zone of the value it shows (its built one when the value has none),
         * then formats.
         */
        String format(Map<String, Object> values, Function<String, Optional<ZoneId>> zones) {
            for (int i = 0; i < built.length && i < names.size(); i++) {
                if (built[i] instanceof DateFormat dateFormat) {
                    Optional<ZoneId> zone = zones.apply(names.get(i));
                    format.setFormat(
                            i, zone.map(id -> (Format) inZone(dateFormat, id)).orElse(dateFormat));
                }
            }
            return format.format(values);
        }

        private static DateFormat inZone(DateFormat dateFormat, ZoneId zone) {
            DateFormat zoned = (DateFormat) dateFormat.clone();
            zoned.setTimeZone(TimeZone.getTimeZone(zone.getId()));
            return zoned;
        }

        private static List<String> topLevelArguments(String pattern) {
            MessagePattern parsed = new MessagePattern(pattern);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < parsed.countParts(); i++) {
                if (parsed.getPartType(i) == MessagePattern.Part.Type.ARG_START) {
                    names.add(parsed.getSubstring(parsed.getPart(i + 1)));
                    i = parsed.getLimitPartIndex(i);
                }
            }
            return names;
        }
    }
}
