package studybot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import studybot.dailytips.DailyTipService;
import studybot.dailytips.DailyTipSettings;
import studybot.dailytips.PauseReason;
import studybot.dailytips.PermanentSendFailure;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.FakeWorld;
import studybot.i18n.Languages;
import studybot.posting.Fanout;
import studybot.posting.RetryBackoff;
import studybot.posting.SharedPostingRate;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.Stores;
import studybot.store.TestPostgres;
import studybot.store.TestStores;
import studybot.testing.FakeDiscordExtension;
import studybot.testing.TestConfig;

/**
 * Scaling out end to end: real studybot processes, each running some of the bot's 2 shards, on one fake Discord that
 * routes every server to its shard, over one PostgreSQL (the run's embedded one). The processes' clock starts just
 * before the servers' tip time, and every server must end up with exactly one daily post, also when a process is killed
 * with SIGKILL while posting and a third process with an overlapping range joins during the restart.
 */
class ShardedProcessesTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final int SHARDS = 2;
    private static final int OTHER_SERVERS = 11;
    /** The tips' time, 09:00 UTC; the processes start a little before it on their shifted clock. */
    private static final Instant POST_TIME = Instant.parse("2030-01-07T09:00:00Z");

    private static final Duration HEAD_START = Duration.ofSeconds(20);
    /** A crashed process's claim lapses after the send timeout (2 s) and the margin; then some process resumes. */
    private static final Duration CLAIM = Duration.ofSeconds(2).plus(Fanout.CLAIM_MARGIN);

    @RegisterExtension
    final FakeDiscordExtension fake = FakeDiscordExtension.sharded(SHARDS, OTHER_SERVERS);

    @TempDir
    Path temp;

    @Test
    void twoProcessesEachWithOneShardPostOncePerServer(FakeDiscord discord) throws Exception {
        try (StudybotProcesses processes = processes(discord)) {
            processes.start("shard-0", SHARDS, 0, 0);
            processes.start("shard-1", SHARDS, 1, 1);
            processes.awaitConnected("shard-0", 1, WAIT);
            processes.awaitConnected("shard-1", 1, WAIT);

            awaitOnePostPerServer(discord);
            TimeUnit.MILLISECONDS.sleep(CLAIM.toMillis() + 2000);

            assertExactlyOnePostPerServer(discord);
            assertThat(processes.output("shard-0") + processes.output("shard-1"))
                    .doesNotContain("ERROR")
                    .doesNotContain(FakeDiscord.TOKEN);
        }
    }

    @Test
    void aProcessKilledWhilePostingAndAnOverlappingOneStillPostOncePerServer(FakeDiscord discord) throws Exception {
        try (StudybotProcesses processes = processes(discord)) {
            List<String> shardZeroChannels = discord.servers().stream()
                    .filter(server -> discord.gateway().shardOf(server.guildId()) == 0)
                    .map(FakeWorld::channelId)
                    .toList();
            discord.rest().delayAnswers("POST", "channels/\\d+/messages", Duration.ofSeconds(4));
            processes.start("shard-0", SHARDS, 0, 0);
            processes.start("shard-1", SHARDS, 1, 1);
            processes.awaitConnected("shard-0", 1, WAIT);
            processes.awaitConnected("shard-1", 1, WAIT);

            awaitCreated(
                    discord,
                    message -> shardZeroChannels.contains(
                            message.path("channel_id").asText()));
            processes.kill("shard-0");
            discord.rest().stopDelaying();
            processes.start("overlap", SHARDS, 0, 1);
            processes.start("shard-0", SHARDS, 0, 0);
            processes.awaitConnected("overlap", 1, WAIT);
            processes.awaitConnected("shard-0", 2, WAIT);

            awaitOnePostPerServer(discord);
            TimeUnit.MILLISECONDS.sleep(CLAIM.toMillis() + 2000);

            assertExactlyOnePostPerServer(discord);
        }
    }

    private StudybotProcesses processes(FakeDiscord discord) throws IOException {
        TestStores stores = TestStores.of(Dialect.POSTGRESQL, temp);
        Duration offset = Duration.between(Instant.now(), POST_TIME.minus(HEAD_START));
        seedSettings(discord, stores, Clock.offset(Clock.systemUTC(), offset));
        Map<String, String> environment = new HashMap<>(discord.environment());
        environment.put(Stores.PASSWORD_VARIABLE, TestPostgres.PASSWORD);
        return new StudybotProcesses(
                temp,
                config(stores.postgres().url()),
                environment,
                offset,
                List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    }

    /** Every server has its tip at 09:00 UTC in its channel, saved a little before 09:00. */
    private static void seedSettings(FakeDiscord discord, TestStores stores, Clock clock) {
        try (Store database = stores.open(StoreSchemas.ALL)) {
            DailyTipService service = new DailyTipService(
                    database,
                    server -> List.of(),
                    (server, section) -> Optional.empty(),
                    (channel, post, nonce) -> {
                        throw new PermanentSendFailure(new PauseReason(PauseReason.Cause.CANNOT_POST, channel));
                    },
                    clock,
                    RetryBackoff.DEFAULT,
                    Fanout.of(server -> false, SharedPostingRate.discordGlobal(database, clock), Duration.ofSeconds(2)),
                    server -> Languages.ENGLISH);
            for (FakeWorld server : discord.servers()) {
                service.saveSettings(
                        Long.parseLong(server.guildId()),
                        new DailyTipSettings(
                                Long.parseLong(server.channelId()), LocalTime.of(9, 0), ZoneOffset.UTC, true));
            }
        }
    }

    private Path config(String storeUrl) {
        return TestConfig.in(
                temp,
                json -> TestConfig.postgresAt(storeUrl)
                        .apply(json)
                        .replace("\"watch\": true", "\"watch\": false")
                        .replace("\"checkIntervalSeconds\": 30", "\"checkIntervalSeconds\": 1")
                        .replace("\"sendTimeoutSeconds\": 30", "\"sendTimeoutSeconds\": 2"));
    }

    private static void awaitCreated(FakeDiscord discord, Predicate<ObjectNode> which) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (discord.rest().createdMessages().stream().noneMatch(which)) {
            assertThat(System.nanoTime() - deadline)
                    .as("a post was created in time")
                    .isNegative();
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private static void awaitOnePostPerServer(FakeDiscord discord) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (postsByChannel(discord).size() < discord.servers().size()) {
            assertThat(System.nanoTime() - deadline)
                    .as("every server got its post in time: %s", postsByChannel(discord))
                    .isNegative();
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    private static void assertExactlyOnePostPerServer(FakeDiscord discord) {
        Map<String, Long> posts = postsByChannel(discord);
        assertThat(posts.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        discord.servers().stream().map(FakeWorld::channelId).toList());
        assertThat(posts)
                .allSatisfy((channel, count) ->
                        assertThat(count).as("posts in " + channel).isEqualTo(1));
    }

    private static Map<String, Long> postsByChannel(FakeDiscord discord) {
        return discord.rest().createdMessages().stream()
                .collect(Collectors.groupingBy(
                        message -> message.path("channel_id").asText(), Collectors.counting()));
    }
}
