package studybot.discord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far behind the gateway is: how much older an interaction is when its listener gets it than the youngest one seen
 * so far. Discord's three seconds run from the moment it created the interaction (the time in its id), not from the
 * listener's, and in a cold burst the gateway's read thread hands the events over seconds late, so a deferral counted
 * from the listener comes too late. The youngest age seen stands for the clocks' skew and the network's own delay,
 * which are no backlog, so a server whose clock is off by a few seconds is not taken for a gateway always behind.
 */
final class GatewayLag {

    private final Clock clock;
    private final AtomicLong youngestMillis = new AtomicLong(Long.MAX_VALUE);

    GatewayLag(Clock clock) {
        this.clock = clock;
    }

    /** How far behind the gateway was with an interaction Discord created at {@code created}, which arrives now. */
    Duration behind(Instant created) {
        long age = clock.millis() - created.toEpochMilli();
        long youngest = youngestMillis.accumulateAndGet(age, Math::min);
        return Duration.ofMillis(age - youngest);
    }
}
