package studybot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Formats kept and used again give the texts a format built anew for each text gives. */
class KeptFormatsTest {

    private static final Map<Locale, ULocale> ICU_LOCALES =
            Map.of(Locale.ENGLISH, ULocale.ENGLISH, Locale.GERMAN, ULocale.GERMAN);

    private final Texts texts = Texts.load("i18n/sample");

    /** What a MessageFormat built for this one text alone gives. */
    private static String anew(String pattern, Locale language, Map<String, Object> values) {
        return new MessageFormat(pattern, ICU_LOCALES.get(language)).format(values);
    }

    @Test
    void countsAndNumbersFormattedAgainAndAgainAreThoseOfANewFormat() {
        String due = "{count, plural, one {# review} other {# reviews}} due in {book}";
        String dueGerman = "{count, plural, one {# Wiederholung} other {# Wiederholungen}} fällig in {book}";
        for (int count = 0; count < 1_500; count += 7) {
            assertThat(texts.format(Locale.ENGLISH, "due", Map.of("count", count, "book", "Redis")))
                    .isEqualTo(anew(due, Locale.ENGLISH, Map.of("count", count, "book", "Redis")));
            assertThat(texts.format(Locale.GERMAN, "due", Map.of("count", count, "book", "Redis")))
                    .isEqualTo(anew(dueGerman, Locale.GERMAN, Map.of("count", count, "book", "Redis")));
            assertThat(texts.format(Locale.GERMAN, "big", Map.of("sections", count * 1_001)))
                    .isEqualTo(anew("{sections, number} Abschnitte", Locale.GERMAN, Map.of("sections", count * 1_001)));
        }
        assertThat(texts.format(Locale.ENGLISH, "due", Map.of("count", 1, "book", "Redis")))
                .isEqualTo("1 review due in Redis");
    }

    @Test
    void aZoneGivenToOneTextIsNotKeptForTheNext() {
        Instant instant = Instant.parse("2026-12-06T17:30:00Z");
        Date plain = Date.from(instant);
        String when = "Next post: {when, date, long} at {when, time, short}";
        String inTheJvmsZone = anew(when, Locale.ENGLISH, Map.of("when", plain));

        assertThat(texts.format(Locale.ENGLISH, "when", Map.of("when", instant.atZone(ZoneId.of("Asia/Tokyo")))))
                .isEqualTo("Next post: December 7, 2026 at 2:30\u202fAM");
        assertThat(texts.format(Locale.ENGLISH, "when", Map.of("when", plain))).isEqualTo(inTheJvmsZone);
        assertThat(texts.format(Locale.ENGLISH, "when", Map.of("when", instant)))
                .isEqualTo("Next post: December 6, 2026 at 5:30\u202fPM");
        assertThat(texts.format(Locale.ENGLISH, "when", Map.of("when", plain))).isEqualTo(inTheJvmsZone);
    }

    @Test
    void threadsFormattingOneTextAtOnceEachGetTheirOwnText() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> formatted = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int first = thread * 1_000 + 2;
                formatted.add(threads.submit(() -> {
                    List<String> mine = new ArrayList<>();
                    for (int count = first; count < first + 300; count++) {
                        mine.add(texts.format(Locale.ENGLISH, "due", Map.of("count", count, "book", "b" + count)));
                    }
                    return mine;
                }));
            }
            for (int thread = 0; thread < 8; thread++) {
                List<String> mine = formatted.get(thread).get();
                for (int i = 0; i < 300; i++) {
                    int count = thread * 1_000 + 2 + i;
                    assertThat(mine.get(i))
                            .isEqualTo(String.format(Locale.ROOT, "%,d reviews due in b%d", count, count));
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
