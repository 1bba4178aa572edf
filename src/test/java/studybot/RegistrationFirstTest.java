package studybot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import studybot.discord.fake.Failure;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.SentInteraction;
import studybot.testing.FakeDiscordExtension;
import studybot.testing.TestConfig;

/**
 * Issue 20 §5: the store opens and the book is indexed once the commands are registered, so neither takes the CPU the
 * gateway handshake and the registration need (what that gains is measured by {@code DiscordBench}, not here); a
 * registration that is slow or refused holds them back two seconds at most, and the bot then answers as always.
 */
class RegistrationFirstTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String REGISTERED = "Registered";
    private static final String STORE_OPENED = "Opened SQLite file";
    private static final String CONNECTED = "studybot: connected to Discord";
    private static final String COMMANDS = "applications/\\d+/commands";

    @RegisterExtension
    final FakeDiscordExtension fake = FakeDiscordExtension.standard();

    @TempDir
    Path temp;

    @Test
    void aSlowRegistrationHoldsTheStoreBackBriefly(FakeDiscord discord) throws Exception {
        discord.rest().delayAnswers("PUT", COMMANDS, WAIT.multipliedBy(2));
        Process process = start(discord);
        try {
            await().atMost(WAIT).until(() -> output().contains(CONNECTED));

            assertThat(output())
                    .as("connected while the registration is still unanswered")
                    .doesNotContain(REGISTERED);
            SentInteraction read =
                    discord.slashCommand("read").option("section", "20.4").send();
            assertThat(discord.awaitCallback(read, WAIT).json().toString())
                    .contains("20.4")
                    .doesNotContain("busy");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void aRefusedRegistrationStillOpensTheStore(FakeDiscord discord) throws Exception {
        discord.rest().failNext("PUT", COMMANDS, 1, Failure.missingPermissions());
        Process process = start(discord);
        try {
            await().atMost(WAIT).until(() -> output().contains(CONNECTED));

            assertThat(output()).contains("Could not register slash commands globally", STORE_OPENED);
        } finally {
            process.destroyForcibly();
        }
    }

    private Process start(FakeDiscord discord) throws IOException {
        return MainProcess.start(discord.environment(), TestConfig.in(temp), temp.resolve("out.txt"));
    }

    private String output() throws IOException {
        return Files.readString(temp.resolve("out.txt"));
    }
}
