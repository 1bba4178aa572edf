package studybot.discord.fake;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out unique Discord-style ids (decimal strings) for messages, interactions and commands the fake creates.
 *
 * <p>Ids carry the current time like real snowflakes do: JDA derives an interaction's age from its id and refuses to
 * use the interaction hook (deferred replies, followups) once it looks older than 15 minutes. The fixed ids of
 * {@link FakeWorld} date from 2015, so the two never collide.
 */
final class Snowflakes {

    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
    private static final int SEQUENCE_BITS = 22;

    private final AtomicLong sequence = new AtomicLong();

    String next() {
        return at(Instant.now());
    }

    /** A unique id that says it was created at {@code created}. */
    String at(Instant created) {
        long millis = created.toEpochMilli() - DISCORD_EPOCH_MILLIS;
        long counter = sequence.incrementAndGet() & ((1L << SEQUENCE_BITS) - 1);
        return Long.toString((millis << SEQUENCE_BITS) | counter);
    }
}
