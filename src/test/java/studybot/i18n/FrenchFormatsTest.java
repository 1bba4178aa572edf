package studybot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** French texts format numbers, dates and plurals as French does (CLDR: 0 and 1 are singular). */
class FrenchFormatsTest {

    @Test
    void numbersDatesAndPluralsReadFrench() {
        Texts library = Texts.load("library");
        Texts remind = Texts.load("remind");

        assertThat(library.format(
                        Locale.FRENCH,
                        "report.content",
                        Map.of("words", 12_345, "code", 0, "tables", 1, "images", 1_000)))
                .isEqualTo("Mots\u00a0: 12\u202f345\u00a0; blocs de code\u00a0: 0\u00a0; tableaux\u00a0: 1\u00a0;"
                        + " images\u00a0: 1\u202f000");
        assertThat(remind.format(Locale.FRENCH, "status.last", Map.of("date", LocalDate.of(2026, 12, 7))))
                .isEqualTo("Dernier rappel\u00a0: 7 déc. 2026.");
        assertThat(library.format(
                        Locale.FRENCH, "summary.content", Map.of("words", 0, "code", 1, "tables", 2, "images", 3)))
                .isEqualTo("0 mot · 1 bloc de code · 2 tableaux · 3 images");
    }
}
