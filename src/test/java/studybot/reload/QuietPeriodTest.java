package studybot.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuietPeriodTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private final QuietPeriod quiet = new QuietPeriod(Duration.ofMillis(1500));

    @Test
    void nothingChangedIsNeverDue() {
        assertThat(quiet.remaining(T0)).isEmpty();
        assertThat(quiet.takeDue(T0.plusSeconds(3600))).isFalse();
    }

    @Test
    void tenSavesInABurstAreOneReloadAfterTheLastOne() {
        int due = 0;
        Instant now = T0;
        for (int save = 0; save < 10; save++) {
            now = T0.plusMillis(100L * save);
            quiet.changed(now);
            due += quiet.takeDue(now) ? 1 : 0;
        }
        Instant lastSave = now;

        assertThat(due).isZero();
        assertThat(quiet.remaining(lastSave)).contains(Duration.ofMillis(1500));
        assertThat(quiet.takeDue(lastSave.plusMillis(1499))).isFalse();
        assertThat(quiet.takeDue(lastSave.plusMillis(1500))).isTrue();
        assertThat(quiet.takeDue(lastSave.plusMillis(1501))).isFalse();
        assertThat(quiet.remaining(lastSave.plusSeconds(60))).isEmpty();
    }

    @Test
    void aChangeDuringThePeriodStartsItAgain() {
        quiet.changed(T0);
        quiet.changed(T0.plusMillis(1400));

        assertThat(quiet.takeDue(T0.plusMillis(1500))).isFalse();
        assertThat(quiet.remaining(T0.plusMillis(1500))).contains(Duration.ofMillis(1400));
        assertThat(quiet.takeDue(T0.plusMillis(2900))).isTrue();
    }

    @Test
    void overdueIsZeroRemainingNotNegative() {
        quiet.changed(T0);

        assertThat(quiet.remaining(T0.plusSeconds(10))).contains(Duration.ZERO);
    }

    @Test
    void zeroPeriodIsDueAtOnce() {
        QuietPeriod none = new QuietPeriod(Duration.ZERO);
        none.changed(T0);

        assertThat(none.takeDue(T0)).isTrue();
    }
}
