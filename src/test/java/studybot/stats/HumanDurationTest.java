package studybot.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HumanDurationTest {

    @Test
    void coarseShowsTheTwoLargestUnits() {
        assertThat(HumanDuration.coarse(Duration.ofDays(3).plusHours(4).plusMinutes(59)))
                .isEqualTo("3 d 4 h");
        assertThat(HumanDuration.coarse(Duration.ofDays(2).plusMinutes(5))).isEqualTo("2 d");
        assertThat(HumanDuration.coarse(Duration.ofHours(4).plusMinutes(12).plusSeconds(9)))
                .isEqualTo("4 h 12 min");
        assertThat(HumanDuration.coarse(Duration.ofMinutes(12).plusSeconds(5))).isEqualTo("12 min 5 s");
        assertThat(HumanDuration.coarse(Duration.ofSeconds(5))).isEqualTo("5 s");
        assertThat(HumanDuration.coarse(Duration.ofMillis(300))).isEqualTo("0 s");
        assertThat(HumanDuration.coarse(Duration.ofSeconds(-3))).isEqualTo("0 s");
    }

    @Test
    void fineKeepsTwoFigures() {
        assertThat(HumanDuration.fine(Duration.ofNanos(850))).isEqualTo("850 ns");
        assertThat(HumanDuration.fine(Duration.ofNanos(1_234))).isEqualTo("1.2 µs");
        assertThat(HumanDuration.fine(Duration.ofNanos(340_400))).isEqualTo("340 µs");
        assertThat(HumanDuration.fine(Duration.ofNanos(1_240_000))).isEqualTo("1.2 ms");
        assertThat(HumanDuration.fine(Duration.ofNanos(999_700))).isEqualTo("1.0 ms");
        assertThat(HumanDuration.fine(Duration.ofMillis(1500))).isEqualTo("1.5 s");
        assertThat(HumanDuration.fine(Duration.ofSeconds(75))).isEqualTo("75 s");
        assertThat(HumanDuration.fine(Duration.ZERO)).isEqualTo("0 ns");
    }

    @Test
    void aGermanReaderReadsGermanUnitsAndDecimalCommas() {
        assertThat(HumanDuration.coarse(Duration.ofDays(3).plusHours(4), Locale.GERMAN))
                .isEqualTo("3 Tg. 4 Std.");
        assertThat(HumanDuration.coarse(Duration.ofMinutes(12).plusSeconds(5), Locale.GERMAN))
                .isEqualTo("12 Min. 5 Sek.");
        assertThat(HumanDuration.fine(Duration.ofNanos(1_240_000), Locale.GERMAN))
                .isEqualTo("1,2 ms");
        assertThat(HumanDuration.fine(Duration.ofNanos(340_400), Locale.GERMAN)).isEqualTo("340 µs");
        assertThat(HumanDuration.fine(Duration.ofMillis(1500), Locale.GERMAN)).isEqualTo("1,5 Sek.");
    }
}
