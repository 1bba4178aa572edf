package studybot.discord.fake;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out unique Discord-style ids (decimal strings) for messages, interactions and commands the fake creates.
 * Starts far above the fixed ids of {@link FakeWorld} so the two never collide.
 */
final class Snowflakes {

    private final AtomicLong next = new AtomicLong(900_000_000_000_000_000L);

    String next() {
        return Long.toString(next.incrementAndGet());
    }
}
