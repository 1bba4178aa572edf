package studybot.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextsTest {

    private static final Locale GERMAN = Locale.GERMAN;
    private static final Locale ENGLISH = Locale.ENGLISH;

    private final Texts texts = Texts.load("i18n/sample");

    @Test
    void pluralsCountInEachLanguage() {
        assertThat(texts.format(ENGLISH, "due", Map.of("count", 1, "book", "Redis")))
                .isEqualTo("1 review due in Redis");
        assertThat(texts.format(ENGLISH, "due", Map.of("count", 7, "book", "Redis")))
                .isEqualTo("7 reviews due in Redis");
        assertThat(texts.format(GERMAN, "due", Map.of("count", 1, "book", "Redis")))
                .isEqualTo("1 Wiederholung fällig in Redis");
        assertThat(texts.format(GERMAN, "due", Map.of("count", 7, "book", "Redis")))
                .isEqualTo("7 Wiederholungen fällig in Redis");
        assertThat(texts.format(GERMAN, "due", Map.of("count", 0, "book", "Redis")))
                .isEqualTo("0 Wiederholungen fällig in Redis");
    }

    @Test
    void aRegionGetsItsLanguageAndAnUnknownLanguageGetsEnglish() {
        assertThat(texts.text(Locale.forLanguageTag("de-AT"), "plain")).isEqualTo("Nichts ist fällig. Keine Sorge.");
        assertThat(texts.text(Locale.forLanguageTag("pl"), "plain")).isEqualTo("Nothing is due. Don't worry.");
        assertThat(texts.text(Locale.forLanguageTag("en-GB"), "plain")).isEqualTo("Nothing is due. Don't worry.");
    }

    @Test
    void aTextMissingInGermanIsInEnglish() {
        assertThat(texts.text(GERMAN, "only.english")).isEqualTo("Only in English");
    }

    @Test
    void anUnknownKeyOrBundleIsAMistakeNamedInTheError() {
        assertThatThrownBy(() -> texts.text(ENGLISH, "missing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("i18n/sample")
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> Texts.load("nosuchfeature"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("studybot/nosuchfeature/messages.properties");
        assertThatThrownBy(() -> Texts.load("../secrets")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datesAndTimesAreWrittenAsTheLanguageDoesInTheZoneGiven() {
        Instant instant = Instant.parse("2026-12-06T17:30:00Z");
        assertThat(texts.format(ENGLISH, "when", Map.of("when", instant.atZone(ZoneId.of("Europe/Berlin")))))
                .isEqualTo("Next post: December 6, 2026 at 6:30\u202fPM");
        assertThat(texts.format(GERMAN, "when", Map.of("when", instant.atZone(ZoneId.of("Europe/Berlin")))))
                .isEqualTo("Nächster Beitrag: 6. Dezember 2026 um 18:30");
        assertThat(texts.format(GERMAN, "when", Map.of("when", instant)))
                .isEqualTo("Nächster Beitrag: 6. Dezember 2026 um 17:30");
        assertThat(texts.format(ENGLISH, "day", Map.of("day", LocalDate.of(2027, 1, 4))))
                .isEqualTo("Plan ends Monday, January 4, 2027");
        assertThat(texts.format(GERMAN, "day", Map.of("day", LocalDate.of(2027, 1, 4))))
                .isEqualTo("Plan endet Montag, 4. Januar 2027");
    }

    @Test
    void numbersAreGroupedAsTheLanguageDoes() {
        assertThat(texts.format(ENGLISH, "big", Map.of("sections", 1234567))).isEqualTo("1,234,567 sections");
        assertThat(texts.format(GERMAN, "big", Map.of("sections", 1234567))).isEqualTo("1.234.567 Abschnitte");
    }

    @Test
    void everyEnglishKeyIsListed() {
        assertThat(texts.keys()).containsExactlyInAnyOrder("due", "plain", "when", "day", "big", "only.english");
    }
}
