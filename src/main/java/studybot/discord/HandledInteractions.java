package studybot.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * The interactions taken in lately, so one the gateway delivers again (its delivery is at least once: a session resumed
 * replays what it is not sure arrived) is not run a second time, which would post a second tip or count a second
 * answer. An interaction can be answered for 15 minutes after its creation, so that is how long an id is kept; the
 * number kept is bounded, so a burst cannot grow it without end.
 */
final class HandledInteractions {

    private static final Duration KEPT = Duration.ofMinutes(15);
    private static final long MOST_KEPT = 200_000;

    private final Cache<Long, Boolean> taken =
            Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(MOST_KEPT).build();

    /** Whether interaction {@code id} arrives for the first time; from now on it has been taken in. */
    boolean firstTime(long id) {
        return taken.asMap().putIfAbsent(id, Boolean.TRUE) == null;
    }
}
