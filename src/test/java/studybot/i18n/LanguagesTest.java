package studybot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void aCodeNamesALanguageStudybotHasWhateverItsRegionOrCase() {
        assertThat(Languages.ofCode("de")).contains(Locale.GERMAN);
        assertThat(Languages.ofCode(" DE ")).contains(Locale.GERMAN);
        assertThat(Languages.ofCode("de-CH")).contains(Locale.GERMAN);
        assertThat(Languages.ofCode("de_DE.UTF-8")).contains(Locale.GERMAN);
        assertThat(Languages.ofCode("de_DE@euro")).contains(Locale.GERMAN);
        assertThat(Languages.ofCode("en_US.UTF-8")).contains(Locale.ENGLISH);
    }

    @Test
    void frenchIsSpokenInEveryRegionAndShell() {
        assertThat(Languages.ofCode("fr")).contains(Locale.FRENCH);
        assertThat(Languages.ofCode("fr-CA")).contains(Locale.FRENCH);
        assertThat(Languages.ofCode("fr_BE.UTF-8")).contains(Locale.FRENCH);
        assertThat(Languages.ofEnvironment(Map.of("LANG", "fr_FR.UTF-8"))).isEqualTo(Locale.FRENCH);
        assertThat(Languages.closest(Locale.CANADA_FRENCH)).isEqualTo(Locale.FRENCH);
    }

    @Test
    void noLanguageOrOneWithoutTextsIsNone() {
        assertThat(Languages.ofCode("pl")).isEmpty();
        assertThat(Languages.ofCode("C.UTF-8")).isEmpty();
        assertThat(Languages.ofCode("POSIX")).isEmpty();
        assertThat(Languages.ofCode("")).isEmpty();
        assertThat(Languages.ofCode("{}'; DROP TABLE")).isEmpty();
        assertThat(Languages.ofCode("x".repeat(10_000))).isEmpty();
    }

    @Test
    void aShellSpeaksItsFirstSetLocaleVariable() {
        assertThat(Languages.ofEnvironment(Map.of("LANG", "de_DE.UTF-8"))).isEqualTo(Locale.GERMAN);
        assertThat(Languages.ofEnvironment(Map.of("LANG", "de_DE.UTF-8", "LC_ALL", "en_GB.UTF-8")))
                .isEqualTo(Locale.ENGLISH);
        assertThat(Languages.ofEnvironment(Map.of("LANG", "en_US.UTF-8", "LC_MESSAGES", "de_AT.UTF-8")))
                .isEqualTo(Locale.GERMAN);
        assertThat(Languages.ofEnvironment(Map.of("LANG", "pl_PL.UTF-8"))).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.ofEnvironment(Map.of("LC_ALL", "", "LANG", "de_DE")))
                .isEqualTo(Locale.GERMAN);
        assertThat(Languages.ofEnvironment(Map.of())).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theClosestLanguageOfAnyLocaleIsOneStudybotHas() {
        assertThat(Languages.closest(Locale.forLanguageTag("de-AT"))).isEqualTo(Locale.GERMAN);
        assertThat(Languages.closest(Locale.JAPANESE)).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.closest(Locale.forLanguageTag("und"))).isEqualTo(Locale.ENGLISH);
    }
}
