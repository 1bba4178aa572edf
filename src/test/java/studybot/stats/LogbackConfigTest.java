package studybot.stats;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.status.Status;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code config/logback.xml} as shipped, loaded into a context of its own with the data folder moved to a temp folder.
 */
class LogbackConfigTest {

    @TempDir
    Path data;

    private final LoggerContext context = new LoggerContext();

    @BeforeEach
    void configure() throws Exception {
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putProperty("STUDYBOT_DATA", data.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(Path.of("config/logback.xml").toFile());
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void loadsWithoutErrorsAndKeepsLevels() {
        assertThat(context.getStatusManager().getCopyOfStatusList())
                .noneMatch(status -> status.getLevel() >= Status.WARN);
        ConsoleAppender<?> console =
                (ConsoleAppender<?>) context.getLogger("ROOT").getAppender("STDERR");
        assertThat(console.getTarget()).as("stdout stays the console's answers").isEqualTo("System.err");
        assertThat(context.getLogger("net.dv8tion.jda.Foo").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("studybot.reload.BookReloader").getEffectiveLevel())
                .isEqualTo(Level.INFO);
        assertThat(context.getLogger("studybot.stats.InteractionLog").isDebugEnabled())
                .isFalse();
        assertThat(context.getLogger("com.zaxxer.hikari.pool.PoolBase").getEffectiveLevel())
                .as("its maxLifetime advice after an outage misleads")
                .isEqualTo(Level.ERROR);
    }

    @Test
    void noInteractionOrWebhookTokenReachesTheFile() throws Exception {
        String token = "aW50ZXJhY3Rpb246MTIzOnNlY3JldA.not-for-logs";
        context.getLogger("ROOT").detachAppender("STDERR");
        context.getLogger("net.dv8tion.jda.internal.requests.WebSocketClient")
                .error(
                        "Got an unexpected error. Please redirect the following message to the devs:\n\t{} -> {}",
                        "INTERACTION_CREATE",
                        "{\"id\":\"123\",\"token\":\"" + token + "\"}",
                        new IllegalStateException("Route interactions/123/" + token + "/callback was refused"));
        context.getLogger("studybot.discord.InteractionResponder").warn("Could not answer webhooks/9/{}", token);

        String logged = Files.readString(data.resolve("logs/studybot.log"), StandardCharsets.UTF_8);
        assertThat(logged)
                .doesNotContain(token)
                .contains("\"token\":\"<token>\"")
                .contains("interactions/123/<token>/callback")
                .contains("webhooks/9/<token>")
                .contains("java.lang.IllegalStateException");
    }

    @Test
    void jdasReportsOfFailuresStudybotReportsItselfAreLeftOut() throws Exception {
        context.getLogger("ROOT").detachAppender("STDERR");
        context.getLogger("net.dv8tion.jda.api.requests.SequentialRestRateLimiter")
                .error(
                        "Encountered exception trying to execute request",
                        new UncheckedIOException(new ConnectException("Connection refused")));
        context.getLogger("net.dv8tion.jda.internal.requests.WebSocketClient")
                .error(
                        "WebSocket connection was closed and cannot be recovered due to identification issues\n{}",
                        "4004");
        context.getLogger("net.dv8tion.jda.api.requests.SequentialRestRateLimiter")
                .error("Encountered exception trying to execute request", new IllegalStateException("a JDA bug"));

        String logged = Files.readString(data.resolve("logs/studybot.log"), StandardCharsets.UTF_8);
        assertThat(logged)
                .doesNotContain("Connection refused")
                .doesNotContain("identification issues")
                .contains("a JDA bug");
    }

    @Test
    void writesToARollingFileUnderTheDataFolder() throws Exception {
        context.getLogger("ROOT").detachAppender("STDERR");
        context.getLogger("studybot.stats.InteractionLog").info("command=section server=dm outcome=OK took=1 ms");
        context.getLogger("studybot.stats.InteractionLog").debug("typed text stays out");
        context.getLogger("net.dv8tion.jda.Foo").info("library chatter stays out");

        Path file = data.resolve("logs/studybot.log");
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .contains("INFO  [main] studybot.stats.InteractionLog - command=section server=dm outcome=OK took=1 ms")
                .doesNotContain("typed text")
                .doesNotContain("chatter");
        RollingFileAppender<?> appender =
                (RollingFileAppender<?>) context.getLogger("ROOT").getAppender("FILE");
        SizeAndTimeBasedRollingPolicy<?> policy = (SizeAndTimeBasedRollingPolicy<?>) appender.getRollingPolicy();
        assertThat(policy.getFileNamePattern()).isEqualTo(data + "/logs/studybot.%d{yyyy-MM-dd}.%i.log.gz");
        assertThat(policy.getMaxHistory()).isEqualTo(14);
    }
}
