package studybot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import studybot.testing.LogCapture;

/** The store's words to people: the same fault and the same busy store, in English and in German. */
class StoreHealthTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T08:15:00Z"), ZoneOffset.UTC);

    @Test
    void anUnwritableStoreIsReportedInTheReadersLanguage() {
        StoreHealth health = new StoreHealth("test", clock);
        health.watch();

        try (LogCapture log = LogCapture.of(StoreHealth.class)) {
            health.unwritable(StoreHealth.asSaid("disk full"));

            assertThat(health.problem())
                    .contains("The store cannot be written since 2026-12-06 08:15 UTC: disk full. studybot keeps"
                            + " retrying and recovers by itself once it can write.");
            assertThat(health.problem(Locale.GERMAN))
                    .contains("Der Speicher kann seit 2026-12-06 08:15 UTC nicht beschrieben werden: disk full."
                            + " studybot versucht es weiter und erholt sich von selbst, sobald er wieder schreiben"
                            + " kann.");

            health.wrote();

            assertThat(health.problem(Locale.GERMAN)).isEmpty();
            assertThat(log.messages()).anyMatch(message -> message.contains("Store test cannot be written: disk full"));
        }
    }

    @Test
    void aBusyStoreAsksToTryAgainInTheReadersLanguage() {
        assertThat(StoreBusyException.ADVICE).isEqualTo("The store is busy, try again in a moment.");
        assertThat(StoreBusyException.advice(Locale.forLanguageTag("de-AT")))
                .isEqualTo("Der Speicher ist gerade ausgelastet, bitte versuche es gleich noch einmal.");
    }
}
