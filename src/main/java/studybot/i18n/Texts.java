package studybot.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import studybot.reply.Text;

/**
 * One feature's texts in every supported language, formatted with ICU's MessageFormat so that a text names its
 * arguments ({@code {book}}), counts in the language's plural rules ({@code {count, plural, one {# review} other {#
 * reviews}}}) and writes dates, times and numbers as the language does. A text missing in a language falls back to
 * English (the bundle check in the tests keeps that from happening). Loaded once per feature and passed to whoever
 * words replies, and shared by every thread: its texts are immutable, and the formats built from them are kept and lent
 * to one thread at a time ({@link KeptFormats}).
 *
 * <p>Arguments may be any value ICU formats ({@link Number}, {@link Date}, text), and {@link Instant},
 * {@link ZonedDateTime} and {@link LocalDate}: a date or time argument ({@code {when, date, long}}) is shown in the
 * zone of its {@code ZonedDateTime}, in UTC for an {@code Instant}, and as the calendar day for a {@code LocalDate}.
 */
public final class Texts {

    /** Stands for a span while its text is formatted: U+FFFC, the object replacement character, which no text holds. */
    private static final String SPAN = "\uFFFC";

    private static final Pattern BUNDLE = Pattern.compile("[a-z][a-z0-9]*(/[a-z][a-z0-9]*)*");

    private final String bundle;
    private final Map<Locale, Map<String, String>> byLanguage;
    private final KeptFormats formats = new KeptFormats();

    private Texts(String bundle, Map<Locale, Map<String, String>> byLanguage) {
        this.bundle = bundle;
        this.byLanguage = Map.copyOf(byLanguage);
    }

    /**
     * The texts of one feature, read from {@code studybot/<feature>/messages.properties} (English, required) and
     * {@code messages_<language>.properties} for each other supported language, all in UTF-8.
     *
     * @param feature the feature's package below {@code studybot}, with {@code /} between levels, e.g. {@code section}
     *     or {@code dailytips/discord}
     * @throws IllegalArgumentException when the feature has no English bundle
     */
    public static Texts load(String feature) {
        if (!BUNDLE.matcher(feature).matches()) {
            throw new IllegalArgumentException("not a feature's package path: " + feature);
        }
        Map<Locale, Map<String, String>> byLanguage = new HashMap<>();
        for (Locale language : Languages.SUPPORTED) {
            String path = "studybot/" + feature + "/" + fileName(language);
            Optional<Map<String, String>> texts = read(path);
            texts.ifPresent(found -> byLanguage.put(language, found));
            if (texts.isEmpty() && language.equals(Languages.ENGLISH)) {
                throw new IllegalArgumentException("no English texts at " + path);
            }
        }
        return new Texts(feature, byLanguage);
    }

    /** The bundle's file name for {@code language}: {@code messages.properties} for English. */
    public static String fileName(Locale language) {
        return language.equals(Languages.ENGLISH)
                ? "messages.properties"
                : "messages_" + language.getLanguage() + ".properties";
    }

    /** The text {@code key} in {@code locale}'s language, for a text without arguments. */
    public String text(Locale locale, String key) {
        return format(locale, key, Map.of());
    }

    /**
     * The text {@code key} in English, for what Discord takes in one language with the others as its translations (a
     * command's and an option's descriptions).
     */
    public String english(String key) {
        return text(Languages.ENGLISH, key);
    }

    /**
     * The text {@code key} in {@code locale}'s language with its named arguments filled in.
     *
     * @throws IllegalArgumentException when the bundle has no such key in English
     */
    public String format(Locale locale, String key, Map<String, ?> arguments) {
        Locale language = Languages.closest(locale);
        String pattern = patternOf(language, key);
        Map<String, Object> values = new HashMap<>();
        arguments.forEach((name, value) -> values.put(name, formattable(Objects.requireNonNull(value, name))));
        return formats.format(
                language,
                key,
                pattern,
                values,
                name -> Optional.ofNullable(arguments.get(name)).flatMap(Texts::zoneOf));
    }

    /**
     * The text {@code key} as written in each language other than English that has it (for texts without arguments).
     */
    public Map<Locale, String> translations(String key) {
        Map<Locale, String> translated = new HashMap<>();
        byLanguage.forEach((language, texts) -> {
            if (!language.equals(Languages.ENGLISH) && texts.containsKey(key)) {
                translated.put(language, texts.get(key));
            }
        });
        return Map.copyOf(translated);
    }

    /**
     * The text {@code key} as studybot's markup, with {@code spans} put where it names them: member names, dates, book
     * text and the like are spans of their own, never read as markup nor formatted.
     */
    public Text markup(Locale locale, String key, Map<String, ?> arguments, Map<String, Text> spans) {
        Map<String, Object> all = new HashMap<>(arguments);
        spans.keySet().forEach(name -> all.put(name, SPAN + name + SPAN));
        String[] parts = format(locale, key, all).split(SPAN, -1);
        Text.Builder text = Text.builder();
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 0) {
                text.markup(parts[i]);
            } else {
                text.append(spans.get(parts[i]));
            }
        }
        return text.build();
    }

    /** The keys of the English texts, which every language has. */
    public Set<String> keys() {
        return byLanguage.get(Languages.ENGLISH).keySet();
    }

    private String patternOf(Locale language, String key) {
        String pattern = byLanguage.getOrDefault(language, Map.of()).get(key);
        if (pattern != null) {
            return pattern;
        }
        String english = byLanguage.get(Languages.ENGLISH).get(key);
        if (english == null) {
            throw new IllegalArgumentException("the " + bundle + " texts have no " + key);
        }
        return english;
    }

    /** The value as ICU formats it: a {@link Date} for the {@code java.time} values. */
    private static Object formattable(Object value) {
        if (value instanceof ZonedDateTime zoned) {
            return Date.from(zoned.toInstant());
        }
        if (value instanceof Instant instant) {
            return Date.from(instant);
        }
        if (value instanceof LocalDate day) {
            return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        return value;
    }

    /** The zone a date or time argument is shown in: its own for a {@link ZonedDateTime}, else UTC. */
    private static Optional<ZoneId> zoneOf(Object value) {
        if (value instanceof ZonedDateTime zoned) {
            return Optional.of(zoned.getZone());
        }
        if (value instanceof Instant || value instanceof LocalDate) {
            return Optional.of(ZoneOffset.UTC);
        }
        return Optional.empty();
    }

    /** The texts in a bundle file on the class path, if there is one. */
    private static Optional<Map<String, String>> read(String path) {
        try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parse(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path, e);
        }
    }

    /** A bundle's texts by key, read as UTF-8 properties. */
    public static Map<String, String> parse(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Map<String, String> texts = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return Map.copyOf(texts);
    }
}
