package studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BurstGiveWayTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final BurstGiveWay burst = new BurstGiveWay(now::get);

    @Test
    void aDeferredHandlerWaitsWhileInteractionsKeepArriving() {
        long arrival = burst.arrived();
        advanceMillis(5);
        burst.arrived();

        assertThat(burst.mayStart(arrival)).isFalse();
    }

    @Test
    void itStartsOnceTheBurstHasPaused() {
        long arrival = burst.arrived();
        advanceMillis(BurstGiveWay.BURST_GAP.toMillis());

        assertThat(burst.mayStart(arrival)).isTrue();
    }

    @Test
    void itStartsAtTheLatestTheLongestHoldAfterItsArrivalEvenWhileTheBurstGoesOn() {
        long arrival = burst.arrived();
        for (long waited = 0; waited < BurstGiveWay.LONGEST_HOLD.toMillis() - 10; waited += 10) {
            advanceMillis(10);
            burst.arrived();
            assertThat(burst.mayStart(arrival)).as("after %d ms", waited + 10).isFalse();
        }
        advanceMillis(10);
        burst.arrived();

        assertThat(burst.mayStart(arrival)).isTrue();
    }

    private void advanceMillis(long millis) {
        now.addAndGet(millis * 1_000_000);
    }
}
