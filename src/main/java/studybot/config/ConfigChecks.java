package studybot.config;

import java.util.Arrays;
import java.util.Locale;

/** Range checks that name the offending key, so a bad value reads like the config file it came from. */
final class ConfigChecks {

    private ConfigChecks() {}

    static void positive(String key, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(key + " must be greater than 0, was " + value);
        }
    }

    static void between(String key, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    /** A language code as books and Discord write it ({@code de}, {@code en-GB}): its language must be ISO 639. */
    static void languageCode(String key, String code) {
        String language = Locale.forLanguageTag(code.strip()).getLanguage();
        if (language.isEmpty() || Arrays.stream(Locale.getISOLanguages()).noneMatch(language::equals)) {
            throw new IllegalArgumentException(
                    key + " must be a language code such as \"en\" or \"de\", was \"" + code + "\"");
        }
    }
}
