package studybot.discord.connect;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * When each interaction must be acknowledged by, as the responder reckons it on arrival (Discord's three seconds from
 * the interaction's creation, less what the gateway took to hand it over). {@link InteractionRetries} reads it to know
 * whether a failed acknowledgement may still be sent again. Deadlines are forgotten a minute after they are set.
 */
public final class InteractionDeadlines {

    private static final Duration KEPT = Duration.ofMinutes(1);

    private final Cache<String, Long> deadlines =
            Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(100_000).build();

    /** Notes that interaction {@code id} must be acknowledged by {@code nanoTime} (on {@link System#nanoTime()}). */
    public void acknowledgeBy(String id, long nanoTime) {
        deadlines.put(id, nanoTime);
    }

    /** The deadline noted for interaction {@code id}, if one was. */
    OptionalLong acknowledgeBy(String id) {
        Long deadline = deadlines.getIfPresent(id);
        return deadline == null ? OptionalLong.empty() : OptionalLong.of(deadline);
    }
}
