package studybot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spanish texts write dates, times and numbers as Spanish does, in studybot's own bundles. */
class SpanishFormatsTest {

    @Test
    void datesTimesAndNumbersAreWrittenTheSpanishWay() {
        Instant next = Instant.parse("2026-12-06T17:30:00Z");
        assertThat(Texts.load("remind")
                        .format(
                                Languages.SPANISH,
                                "status.next.nothing",
                                Map.of("when", next.atZone(ZoneId.of("Europe/Madrid")))))
                .startsWith("Siguiente: 6 dic 2026 18:30 (no hay nada pendiente");
        assertThat(Texts.load("book/check")
                        .format(Languages.SPANISH, "figures", Map.of("facts", 12345, "questions", 1234567)))
                .isEqualTo("Datos clave: 12.345; preguntas de quiz: 1.234.567");
    }
}
