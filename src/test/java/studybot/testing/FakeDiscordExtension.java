package studybot.testing;

import java.util.Map;
import java.util.function.Function;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.FakeWorld;

/**
 * A fresh fake Discord for a test that asks for it (or its {@link FakeWorld}) by a {@link Started} field or a
 * parameter, for tests that connect a bot of their own (a bare JDA, studybot's transport over {@code OfflineStudybot},
 * or studybot processes). Each test gets its own because the fake remembers every request and every failure a test set
 * up, and a test's bot must not meet the last test's leftovers; starting one takes no more than two ephemeral ports. It
 * is closed after the test's {@code @AfterEach} methods, so a test shuts its own bot down there (or in the test) first.
 *
 * <pre>{@code
 * @RegisterExtension
 * final FakeDiscordExtension fake = FakeDiscordExtension.standard();
 *
 * @Test
 * void answers(FakeDiscord discord) { ... }
 * }</pre>
 */
public final class FakeDiscordExtension extends PerTestExtension<FakeDiscord> {

    private final int shards;
    private final int otherServers;

    private FakeDiscordExtension(int shards, int otherServers) {
        super(Map.of(FakeDiscord.class, Function.identity(), FakeWorld.class, FakeDiscord::world));
        this.shards = shards;
        this.otherServers = otherServers;
    }

    /** The standard server, one shard ({@link FakeDiscord#start()}). */
    public static FakeDiscordExtension standard() {
        return new FakeDiscordExtension(1, 0);
    }

    /**
     * The standard server and {@code otherServers} more over {@code shards} shards ({@link FakeDiscord#startSharded}).
     */
    public static FakeDiscordExtension sharded(int shards, int otherServers) {
        return new FakeDiscordExtension(shards, otherServers);
    }

    @Override
    FakeDiscord start() {
        return shards == 1 && otherServers == 0 ? FakeDiscord.start() : FakeDiscord.startSharded(shards, otherServers);
    }
}
