package studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import studybot.dailytips.MutableClock;

class GatewayLagTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
    private final GatewayLag lag = new GatewayLag(clock);

    @Test
    void anInteractionOlderThanTheYoungestSeenIsBehindByTheDifference() {
        lag.behind(clock.instant().minusMillis(40));

        assertThat(lag.behind(clock.instant().minusMillis(2_040))).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aClockAheadOfDiscordsIsNotTakenForABacklog() {
        Instant created = clock.instant().minusSeconds(5);
        clock.advance(Duration.ofMillis(10));

        assertThat(lag.behind(created)).isZero();
        assertThat(lag.behind(clock.instant().minusSeconds(5))).isZero();
    }

    @Test
    void aYoungerInteractionLowersTheFloorForThoseAfterIt() {
        lag.behind(clock.instant().minusMillis(900));
        lag.behind(clock.instant().minusMillis(100));

        assertThat(lag.behind(clock.instant().minusMillis(900))).isEqualTo(Duration.ofMillis(800));
    }
}
