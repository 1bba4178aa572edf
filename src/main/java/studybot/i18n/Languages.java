package studybot.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The languages studybot has texts in, and which of them a member, a server or a shell gets: the same language when it
 * has one (any region: {@code de-AT} gets German), English otherwise. Kept in one place so that adding a language is
 * one line here and one bundle file per feature.
 */
public final class Languages {

    /** The language every text exists in, and the one used when nothing better is known. */
    public static final Locale ENGLISH = Locale.ENGLISH;

    /** Spanish, as Java names it (it has no constant): any region's Spanish gets it. */
    public static final Locale SPANISH = Locale.forLanguageTag("es");

    /** Every language with complete bundles, English first. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, Locale.GERMAN, SPANISH, Locale.FRENCH);

    private Languages() {}

    /** The supported language closest to {@code wanted}: its own language, else English. */
    public static Locale closest(Locale wanted) {
        return supported(wanted).orElse(ENGLISH);
    }

    /** The supported language of {@code wanted}, if studybot has one. */
    public static Optional<Locale> supported(Locale wanted) {
        return SUPPORTED.stream()
                .filter(language -> language.getLanguage().equals(wanted.getLanguage()))
                .findFirst();
    }

    /**
     * The supported language a code names, as a member types it ({@code de}, {@code DE}, {@code de-CH}) or as a shell's
     * {@code LANG} has it ({@code de_DE.UTF-8}); empty for a language studybot has no texts in, or for no language at
     * all ({@code C}, {@code POSIX}, blank).
     */
    public static Optional<Locale> ofCode(String code) {
        String tag = code.strip();
        int dot = tag.indexOf('.');
        if (dot >= 0) {
            tag = tag.substring(0, dot);
        }
        int at = tag.indexOf('@');
        if (at >= 0) {
            tag = tag.substring(0, at);
        }
        tag = tag.replace('_', '-');
        if (tag.isEmpty() || tag.equalsIgnoreCase("C") || tag.equalsIgnoreCase("POSIX")) {
            return Optional.empty();
        }
        return supported(Locale.forLanguageTag(tag.toLowerCase(Locale.ROOT)));
    }

    /**
     * The language a shell asks for, as the C library reads it: the first of {@code LC_ALL}, {@code LC_MESSAGES} and
     * {@code LANG} that is set; English when none names a supported language.
     */
    public static Locale ofEnvironment(Map<String, String> env) {
        return Stream.of("LC_ALL", "LC_MESSAGES", "LANG")
                .map(env::get)
                .filter(value -> value != null && !value.isBlank())
                .findFirst()
                .flatMap(Languages::ofCode)
                .orElse(ENGLISH);
    }

    /** The language's code as members type it, e.g. {@code de}. */
    public static String code(Locale language) {
        return language.getLanguage();
    }
}
