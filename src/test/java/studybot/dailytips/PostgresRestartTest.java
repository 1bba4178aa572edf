package studybot.dailytips;

import static org.assertj.core.api.Assertions.assertThat;
import static studybot.dailytips.DailyTipsFixture.settings;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.store.Dialect;
import studybot.store.StoreHealth;
import studybot.store.TestPostgres;
import studybot.testing.LogCapture;

/**
 * Issue 11 §1: PostgreSQL restarts while the bot runs. The pool reconnects by itself, and nothing the store had
 * acknowledged (committed) is lost: settings saved before, the tip posted once after.
 */
class PostgresRestartTest {

    private static final long SERVER = 8;

    @TempDir
    Path temp;

    @Test
    void aServerRestartIsRiddenOutAndLosesNothingAcknowledged() {
        try (DailyTipsFixture fixture =
                        new DailyTipsFixture(Dialect.POSTGRESQL, temp, Instant.parse("2024-06-01T08:00:00Z"), 10);
                LogCapture logs = LogCapture.of(
                        Level.DEBUG,
                        StoreHealth.class.getName(),
                        DailyTipService.class.getName(),
                        "com.zaxxer.hikari.pool")) {
            DailyTipService service = fixture.service();
            service.saveSettings(SERVER, settings(77, "09:00", "UTC"));
            fixture.runUntil(Instant.parse("2024-06-01T08:30:00Z"), Duration.ofMinutes(1));

            TestPostgres.shared().restart();
            fixture.runUntil(Instant.parse("2024-06-01T09:05:00Z"), Duration.ofMinutes(1));

            assertThat(service.settings(SERVER)).contains(settings(77, "09:00", "UTC"));
            assertThat(fixture.discord.messages()).as("today's tip, once").hasSize(1);
            assertThat(service.storeProblem()).isEmpty();
            assertThat(logs.messages(Level.ERROR))
                    .as("at most the one report of the outage, if a pass met it")
                    .hasSizeLessThanOrEqualTo(1);
        }
    }
}
