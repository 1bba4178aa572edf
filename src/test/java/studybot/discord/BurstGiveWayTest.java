package studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BurstGiveWayTest {

    private static final Duration ON_TIME = Duration.ZERO;

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final BurstGiveWay burst = new BurstGiveWay(now::get);

    @Test
    void aDeferredHandlerWaitsWhileInteractionsKeepArriving() {
        long arrival = burst.arrived(ON_TIME);
        advanceMillis(5);
        burst.arrived(ON_TIME);

        assertThat(burst.mayStart(arrival)).isFalse();
    }

    @Test
    void itStartsOnceTheBurstHasPaused() {
        long arrival = burst.arrived(ON_TIME);
        advanceMillis(BurstGiveWay.BURST_GAP.toMillis());

        assertThat(burst.mayStart(arrival)).isTrue();
    }

    @Test
    void whileTheGatewayIsBehindAPauseLongerThanABurstsGapDoesNotEndTheBurst() {
        long arrival = burst.arrived(ON_TIME);
        advanceMillis(5);
        burst.arrived(BurstGiveWay.BEHIND);
        advanceMillis(BurstGiveWay.BACKLOG_GAP.toMillis() - 1);

        assertThat(burst.mayStart(arrival)).isFalse();
    }

    @Test
    void itStartsOnceTheGatewayHasReadItsBacklog() {
        long arrival = burst.arrived(BurstGiveWay.BEHIND.multipliedBy(4));
        advanceMillis(BurstGiveWay.BACKLOG_GAP.toMillis());

        assertThat(burst.mayStart(arrival)).isTrue();
    }

    @Test
    void itStartsOnceTheGatewayHasCaughtUpThoughItWasBehindBefore() {
        long arrival = burst.arrived(BurstGiveWay.BEHIND.multipliedBy(4));
        advanceMillis(5);
        burst.arrived(ON_TIME);
        advanceMillis(BurstGiveWay.BURST_GAP.toMillis());

        assertThat(burst.mayStart(arrival)).isTrue();
    }

    @Test
    void itStartsAtTheLatestTheLongestHoldAfterItsArrivalEvenWhileTheBurstGoesOn() {
        long arrival = burst.arrived(BurstGiveWay.BEHIND);
        for (long waited = 0; waited < BurstGiveWay.LONGEST_HOLD.toMillis() - 10; waited += 10) {
            advanceMillis(10);
            burst.arrived(BurstGiveWay.BEHIND);
            assertThat(burst.mayStart(arrival)).as("after %d ms", waited + 10).isFalse();
        }
        advanceMillis(10);
        burst.arrived(BurstGiveWay.BEHIND);

        assertThat(burst.mayStart(arrival)).isTrue();
    }

    private void advanceMillis(long millis) {
        now.addAndGet(millis * 1_000_000);
    }
}
