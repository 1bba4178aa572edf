package studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.WAIT;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import studybot.dailytips.discord.StudybotOnFakeDiscord;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.RecordedRequest;
import studybot.discord.fake.SentInteraction;
import studybot.testing.StudybotExtension;

/**
 * With the store locked by another process and reading commands and clicks waiting on it, {@code /section} and
 * {@code /search} are still answered at once: every command and click that uses the store runs on the store handlers,
 * never on the general ones.
 */
class LockedStoreOnDiscordTest {

    private static final int ANSWERED = 4;

    /** The default {@code store.busyTimeoutMillis}: a command that waited for the locked store took at least this. */
    private static final Duration STORE_BUSY_TIMEOUT = Duration.ofSeconds(2);

    @RegisterExtension
    final StudybotExtension studybot = StudybotExtension.startingAt(Instant.parse("2026-12-01T08:00:00Z"));

    @Test
    void aLockedStoreDelaysOnlyStoreWork(StudybotOnFakeDiscord bot, FakeDiscord discord) throws Exception {
        try (Connection other = bot.openStoreFile();
                Statement lock = other.createStatement()) {
            lock.execute("BEGIN EXCLUSIVE");
            List<SentInteraction> waiting = List.of(
                    discord.slashCommand("read")
                            .option("section", "20.4")
                            .by(Invoker.MEMBER)
                            .send(),
                    discord.slashCommand("unread")
                            .option("section", "20.4")
                            .by(Invoker.MEMBER)
                            .send(),
                    discord.slashCommand("progress")
                            .subcommand("me")
                            .by(Invoker.MEMBER)
                            .send(),
                    discord.slashCommand("plan")
                            .subcommand("status")
                            .by(Invoker.MEMBER)
                            .send(),
                    discord.buttonClick("read:20.4").by(Invoker.OWNER).send(),
                    discord.buttonClick("progress-forget").by(Invoker.ADMIN).send());

            long sent = System.nanoTime();
            RecordedRequest section = discord.awaitCallback(
                    discord.slashCommand("section").option("number", "20.4").send(), WAIT);
            RecordedRequest search = discord.awaitCallback(
                    discord.slashCommand("search")
                            .option("query", "connection pooling")
                            .send(),
                    WAIT);
            lock.execute("ROLLBACK");

            assertThat(List.of(section, search)).allSatisfy(answer -> {
                assertThat(answer.json().path("type").asInt())
                        .as("answered, not deferred")
                        .isEqualTo(ANSWERED);
                assertThat(Duration.ofNanos(answer.receivedNanos() - sent))
                        .as("sooner than the store's busy timeout, which store work waits out behind the lock")
                        .isLessThan(STORE_BUSY_TIMEOUT);
            });
            waiting.forEach(request -> discord.awaitCallback(request, WAIT));
        }
    }
}
