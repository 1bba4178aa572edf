package studybot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.SentInteraction;
import studybot.testing.FakeDiscordExtension;
import studybot.testing.TestConfig;

/**
 * studybot as a real process on the fake Discord, with the shipped logging: SIGTERM ends it with status 0 in every
 * state, after answering (or asking to retry) everything received before it; a gateway close that cannot be resumed
 * ends it with 1; bad seeds or a bad store stop it with 2. Each ending is one line, never a stack trace.
 */
class GracefulShutdownTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int BURST = 300;
    private static final List<String> QUERIES = List.of(
            "pooling",
            "replicaton",
            "postgres",
            "mongo",
            "snapshots",
            "connection pooling",
            "cache eviction",
            "streams",
            "aggregation pipeline",
            "read replicas");

    @RegisterExtension
    final FakeDiscordExtension fake = FakeDiscordExtension.standard();

    @TempDir
    Path temp;

    @Test
    void sigtermClosesTheGatewayAndExitsZero(FakeDiscord discord) throws Exception {
        Process process = start(discord.environment(), config());
        try {
            awaitRegistered(discord);
            SentInteraction sent =
                    discord.slashCommand("section").option("number", "20.4").send();
            discord.awaitCallback(sent, WAIT);

            process.destroy();

            assertThat(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .as("exits after SIGTERM")
                    .isTrue();
            assertThat(process.exitValue()).isZero();
            assertThat(output())
                    .contains("studybot: stopped")
                    .doesNotContain(FakeDiscord.TOKEN)
                    .doesNotContain("\tat ");
        } finally {
            process.destroyForcibly();
        }
    }

    /**
     * The grace period is longer than the shipped 10 s so that the figure measures what the drain loses, not how slow a
     * loaded test machine is: on a quiet one the drain takes well under a second.
     */
    @Test
    void sigtermDuringABurstAnswersOrAsksToRetryEverythingReceived(FakeDiscord discord) throws Exception {
        Path config = TestConfig.write(
                temp,
                Files.readString(config()).replace("\"shutdownGraceSeconds\": 10", "\"shutdownGraceSeconds\": 60"));
        Process process = start(discord.environment(), config);
        try {
            await().atMost(WAIT).until(() -> output().contains("studybot: connected to Discord"));
            List<SentInteraction> burst = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                burst.add(discord.slashCommand("search")
                        .option("query", QUERIES.get(i % QUERIES.size()))
                        .send());
            }
            discord.gateway().awaitFlushed(WAIT);
            Thread.sleep(30);

            process.destroy();

            assertThat(process.waitFor(90, TimeUnit.SECONDS))
                    .as("exits after SIGTERM")
                    .isTrue();
            assertThat(process.exitValue()).isZero();
            long answered = burst.stream()
                    .filter(sent -> !discord.rest()
                            .requests()
                            .matching(request -> request.at("POST", sent.callbackPath()) && request.status() < 300)
                            .isEmpty())
                    .count();
            assertThat(answered)
                    .as("answered or asked to retry, of %d; studybot said:%n%s", BURST, output())
                    .isGreaterThanOrEqualTo(BURST * 99 / 100);
            assertThat(output()).doesNotContain("\tat ").doesNotContain("Exception");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void sigtermWhileDiscordIsUnreachableExitsZeroAndEachRetryIsOneLine() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> unreachable = Map.of(
                "DISCORD_TOKEN",
                FakeDiscord.TOKEN,
                "DISCORD_API_BASE_URL",
                "http://127.0.0.1:" + closedPort + "/api/v10/",
                "DISCORD_GATEWAY_URL",
                "ws://127.0.0.1:" + closedPort);
        Process process = start(unreachable, config());
        try {
            await().atMost(WAIT).until(() -> output().contains("trying again in"));

            process.destroy();

            assertThat(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .as("exits after SIGTERM")
                    .isTrue();
            assertThat(process.exitValue()).isZero();
            assertThat(output().lines().filter(line -> line.contains("unreachable")))
                    .singleElement()
                    .asString()
                    .startsWith("studybot: Discord is unreachable")
                    .contains("trying again in 5 s");
            assertThat(output()).contains("studybot: stopped").doesNotContain("\tat ");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void aTokenRevokedMidSessionIsOneLineAndExitOne(FakeDiscord discord) throws Exception {
        Process process = start(discord.environment(), config());
        try {
            awaitRegistered(discord);

            discord.gateway().closeWith(4004, "Authentication failed.");

            assertThat(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .as("stops by itself")
                    .isTrue();
            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(output().lines().filter(line -> line.contains("4004")))
                    .singleElement()
                    .asString()
                    .startsWith("studybot: Discord closed the gateway with code 4004")
                    .contains("DISCORD_TOKEN");
            assertThat(output())
                    .as("one line: no \"stopped\", which is the line of a stop on request")
                    .doesNotContain("studybot: stopped")
                    .doesNotContain("\tat ")
                    .doesNotContain(FakeDiscord.TOKEN);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void aTokenRefusedOnARestCallWhileTheGatewayStaysUpIsOneLineAndExitOne(FakeDiscord discord) throws Exception {
        Process process = start(discord.environment(), config());
        try {
            awaitRegistered(discord);

            discord.rest().rejectToken();
            discord.slashCommand("section").option("number", "20.4").send();

            assertThat(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .as("stops by itself")
                    .isTrue();
            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(output().lines().filter(line -> line.startsWith("studybot: ")))
                    .contains("studybot: Discord refused the bot token (HTTP 401); the bot token was revoked or reset:"
                            + " set DISCORD_TOKEN to the current token and start studybot again")
                    .doesNotContain("studybot: stopped");
            assertThat(output()).doesNotContain("\tat ").doesNotContain(FakeDiscord.TOKEN);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void badSeedsStopStartupWithTheFileAndLineJustAfterTheLogin(FakeDiscord discord) throws Exception {
        Path seeds = temp.resolve("seeds");
        Files.createDirectories(seeds);
        Files.writeString(seeds.resolve("book.txt"), "1.1 One\n\nBody.\n\n1.1 Again\n\nBody.\n");

        assertThat(exitStatusOfStarting(discord, TestConfig.in(temp, temp.resolve("data"), seeds)))
                .isEqualTo(2);
        assertThat(output())
                .contains("book.txt:5")
                .contains("already defined at")
                .doesNotContain("\tat ");
    }

    @Test
    void aCorruptStoreStopsStartupWithOneLine(FakeDiscord discord) throws Exception {
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("studybot.db"), "this is not a database ".repeat(200));

        assertThat(exitStatusOfStarting(discord, config())).isEqualTo(2);
        assertThat(output().lines().filter(line -> line.startsWith("studybot: ")))
                .singleElement()
                .asString()
                .contains("studybot.db");
        assertThat(output()).doesNotContain("\tat ");
    }

    @Test
    void anUnusableDataFolderIsOneLineWithoutLogbackChatter(FakeDiscord discord) throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("data"), "a file where the data folder should be");

        assertThat(exitStatusOfStarting(discord, config())).isEqualTo(2);
        assertThat(output().strip())
                .startsWith("studybot: " + notAFolder + ": cannot create the folder")
                .doesNotContain("\n")
                .doesNotContain("logback");
    }

    private Path config() {
        return TestConfig.in(temp);
    }

    /**
     * SIGTERM while the start still waits (here: for a store another process holds, up to a minute; as well a large
     * book read from its files) waited for it, past systemd's TimeoutStopSec.
     */
    @Test
    void sigtermWhileStartingExitsZeroAtOnce(FakeDiscord discord) throws Exception {
        Path config = TestConfig.in(
                temp,
                json -> json.replace("\"busyTimeoutMillis\": 2000", "\"busyTimeoutMillis\": 60000")
                        .replace("\"shutdownGraceSeconds\": 10", "\"shutdownGraceSeconds\": 2"));
        Path data = Files.createDirectories(temp.resolve("data"));
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("studybot.db"));
                Statement lock = other.createStatement()) {
            lock.execute("BEGIN EXCLUSIVE");
            Process process = start(discord.environment(), config);
            try {
                await().atMost(WAIT).until(() -> Files.exists(data.resolve("logs/studybot.log")));
                Thread.sleep(3_000);

                process.destroy();

                assertThat(process.waitFor(15, TimeUnit.SECONDS))
                        .as("exits within the grace period, not once the store is free")
                        .isTrue();
                assertThat(process.exitValue()).isZero();
                assertThat(output()).contains("studybot: stopped").doesNotContain("\tat ");
            } finally {
                process.destroyForcibly();
            }
        }
    }

    private static void awaitRegistered(FakeDiscord discord) {
        discord.rest().awaitRequest(request -> request.is("PUT", "applications/\\d+/commands"), WAIT);
    }

    private int exitStatusOfStarting(FakeDiscord discord, Path config) throws Exception {
        Process process = start(discord.environment(), config);
        try {
            assertThat(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .as("stops by itself")
                    .isTrue();
            return process.exitValue();
        } finally {
            process.destroyForcibly();
        }
    }

    private Process start(Map<String, String> environment, Path config) throws IOException {
        return MainProcess.start(environment, config, temp.resolve("out.txt"));
    }

    private String output() throws IOException {
        return Files.readString(temp.resolve("out.txt"));
    }
}
