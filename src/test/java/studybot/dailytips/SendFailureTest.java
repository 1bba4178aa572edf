package studybot.dailytips;

import static org.assertj.core.api.Assertions.assertThat;
import static studybot.dailytips.DailyTipsFixture.settings;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.i18n.Wording;
import studybot.posting.Nonces;
import studybot.store.Dialect;
import studybot.testing.LogCapture;

/** Runs on both stores: SQLite and the test run's PostgreSQL. */
@ParameterizedClass
@EnumSource(Dialect.class)
class SendFailureTest {

    @Parameter
    Dialect dialect;

    private static final long SERVER = 9;
    private static final long CHANNEL = 3;
    private static final Instant NINE = Instant.parse("2024-06-01T09:00:00Z");

    @TempDir
    Path temp;
    /** Every failure here is on purpose: what the service logs is asserted, not printed. */
    @RegisterExtension
    final LogCapture log = LogCapture.of(DailyTipService.class);

    @Test
    void permanentFailurePausesWithReasonUntilSettingsChange() {
        try (DailyTipsFixture fixture = new DailyTipsFixture(dialect, temp, NINE.minus(Duration.ofHours(1)), 10)) {
            fixture.service().saveSettings(SERVER, settings(CHANNEL, "09:00", "UTC"));
            fixture.discord.failEveryTime(
                    new PermanentSendFailure(new PauseReason(PauseReason.Cause.MISSING_PERMISSIONS, CHANNEL)));

            fixture.runUntil(NINE.plus(Duration.ofHours(3)), Duration.ofSeconds(30));

            assertThat(fixture.discord.attempts()).as("no retry loop").hasSize(1);
            DailyTipStatus paused = fixture.service().status(SERVER);
            assertThat(paused.pausedReason()).contains(new PauseReason(PauseReason.Cause.MISSING_PERMISSIONS, CHANNEL));
            assertThat(paused.nextPostEpochSecond()).isEmpty();
            assertThat(fixture.service().pausedServers()).isEqualTo(1);
            assertThat(fixture.nextDue()).isEmpty();

            fixture.restart().runDue();
            assertThat(fixture.discord.attempts())
                    .as("the pause survives a restart")
                    .hasSize(1);

            fixture.discord.recover();
            fixture.service().saveSettings(SERVER, settings(CHANNEL + 1, "09:00", "UTC"));
            assertThat(fixture.service().pausedServers()).isZero();
            assertThat(fixture.service().status(SERVER).pausedReason()).isEmpty();
            fixture.service().runDue();

            FakeTipChannel.Message posted =
                    assertThat(fixture.discord.messages()).singleElement().actual();
            assertThat(posted.channelId())
                    .as("today's tip resumes, in the newly chosen channel")
                    .isEqualTo(CHANNEL + 1);
            assertThat(posted.nonce()).isEqualTo(Nonces.daily(SERVER, LocalDate.parse("2024-06-01")));
        }
    }

    @Test
    void aFailureDuringASendDoesNotPauseSettingsChangedMeanwhile() {
        try (DailyTipsFixture fixture = new DailyTipsFixture(dialect, temp, NINE.minus(Duration.ofHours(1)), 10)) {
            fixture.service().saveSettings(SERVER, settings(CHANNEL, "09:00", "UTC"));
            fixture.discord.failNext(
                    new PermanentSendFailure(new PauseReason(PauseReason.Cause.CHANNEL_GONE, CHANNEL)));
            fixture.discord.duringNextSend(
                    () -> fixture.service().saveSettings(SERVER, settings(CHANNEL + 1, "09:00", "UTC")));

            fixture.runUntil(NINE, Duration.ofMinutes(1));
            assertThat(fixture.service().pausedServers())
                    .as("the admin already fixed it")
                    .isZero();

            fixture.runUntil(NINE.plus(Duration.ofMinutes(1)), Duration.ofMinutes(1));
            FakeTipChannel.Message posted =
                    assertThat(fixture.discord.messages()).singleElement().actual();
            assertThat(posted.channelId()).isEqualTo(CHANNEL + 1);
        }
    }

    @Test
    void transientFailuresAreRetriedWithBackoffAndSucceedTheSameDay() {
        try (DailyTipsFixture fixture = new DailyTipsFixture(dialect, temp, NINE.minus(Duration.ofHours(1)), 10)) {
            fixture.service().saveSettings(SERVER, settings(CHANNEL, "09:00", "UTC"));
            fixture.discord.failNext(new TransientSendFailure("HTTP 503"));
            fixture.discord.failNext(new TransientSendFailure("timed out"));
            fixture.discord.failNext(new TransientSendFailure("HTTP 502"));

            fixture.runUntil(NINE, Duration.ofSeconds(10));
            DailyTipStatus failing = fixture.service().status(SERVER);
            assertThat(failing.problem().map(Wording::toString)).contains("Posting today's tip failed: HTTP 503");
            assertThat(failing.problem().map(problem -> problem.in(Locale.GERMAN)))
                    .contains("Der Tipp von heute konnte nicht gepostet werden: HTTP 503");
            assertThat(failing.pausedReason()).isEmpty();
            assertThat(fixture.nextDue()).contains(NINE.plusSeconds(30));

            fixture.runUntil(NINE.plus(Duration.ofMinutes(10)), Duration.ofSeconds(10));

            assertThat(fixture.discord.attempts())
                    .extracting(FakeTipChannel.Attempt::at)
                    .containsExactly(NINE, NINE.plusSeconds(30), NINE.plusSeconds(90), NINE.plusSeconds(210));
            assertThat(fixture.discord.messages()).hasSize(1);
            assertThat(fixture.service().status(SERVER).problem()).isEmpty();
            assertThat(fixture.service().tipsPostedToday()).isEqualTo(1);
        }
    }

    @Test
    void rateLimitWaitIsHonouredWhenLongerThanTheBackoff() {
        try (DailyTipsFixture fixture = new DailyTipsFixture(dialect, temp, NINE.minus(Duration.ofHours(1)), 10)) {
            fixture.service().saveSettings(SERVER, settings(CHANNEL, "09:00", "UTC"));
            fixture.discord.failNext(new TransientSendFailure("429 Too Many Requests", Duration.ofMinutes(2)));

            fixture.runUntil(NINE.plus(Duration.ofMinutes(5)), Duration.ofSeconds(10));

            assertThat(fixture.discord.attempts())
                    .extracting(FakeTipChannel.Attempt::at)
                    .containsExactly(NINE, NINE.plus(Duration.ofMinutes(2)));
            assertThat(fixture.discord.messages()).hasSize(1);
        }
    }

    @Test
    void unexpectedExceptionsFromTheChannelAreRetriedNotFatal() {
        try (DailyTipsFixture fixture = new DailyTipsFixture(dialect, temp, NINE.minus(Duration.ofHours(1)), 10)) {
            fixture.service().saveSettings(SERVER, settings(CHANNEL, "09:00", "UTC"));
            fixture.discord.failNextUnexpectedly(new IllegalStateException("bug in the wiring"));

            fixture.runUntil(NINE, Duration.ofSeconds(10));
            assertThat(fixture.service().status(SERVER).problem().map(Wording::toString))
                    .hasValueSatisfying(problem -> assertThat(problem).contains("bug in the wiring"));

            fixture.runUntil(NINE.plus(Duration.ofMinutes(1)), Duration.ofSeconds(10));
            assertThat(fixture.discord.messages()).hasSize(1);
            assertThat(fixture.service().pausedServers()).isZero();
            assertThat(log.messages(Level.ERROR))
                    .singleElement()
                    .asString()
                    .isEqualTo("Server 9: unexpected failure posting the tip for 2024-06-01");
        }
    }

    @Test
    void transientFailuresAllDayAreGivenUpAtMidnightAndTomorrowStartsAfresh() {
        try (DailyTipsFixture fixture =
                new DailyTipsFixture(dialect, temp, Instant.parse("2024-06-01T05:00:00Z"), 10)) {
            fixture.service().saveSettings(SERVER, settings(CHANNEL, "09:00", "Europe/Berlin"));
            fixture.discord.failEveryTime(new TransientSendFailure("HTTP 500"));

            fixture.runUntil(Instant.parse("2024-06-01T21:59:00Z"), Duration.ofMinutes(1));
            int attemptsOnTheFirst = fixture.discord.attempts().size();
            assertThat(attemptsOnTheFirst).isGreaterThan(5);
            assertThat(fixture.discord.attempts())
                    .extracting(FakeTipChannel.Attempt::nonce)
                    .containsOnly(Nonces.daily(SERVER, LocalDate.parse("2024-06-01")));
            assertThat(log.messages(Level.WARN))
                    .hasSize(attemptsOnTheFirst)
                    .allMatch(line -> line.startsWith("Server 9: posting the tip for 2024-06-01 failed (attempt "));

            fixture.discord.recover();
            fixture.runUntil(Instant.parse("2024-06-02T06:59:00Z"), Duration.ofMinutes(1));
            assertThat(fixture.discord.messages())
                    .as("1 June is over in Berlin; its tip is not posted late")
                    .isEmpty();
            assertThat(fixture.discord.attempts()).hasSize(attemptsOnTheFirst);
            assertThat(log.messages(Level.WARN))
                    .last()
                    .asString()
                    .startsWith(
                            "Server 9: gave up on the tip for 2024-06-01 after " + attemptsOnTheFirst + " attempt(s)");

            fixture.runUntil(Instant.parse("2024-06-02T08:00:00Z"), Duration.ofMinutes(1));
            FakeTipChannel.Message posted =
                    assertThat(fixture.discord.messages()).singleElement().actual();
            assertThat(posted.nonce()).isEqualTo(Nonces.daily(SERVER, LocalDate.parse("2024-06-02")));
            assertThat(posted.createdAt()).isEqualTo("2024-06-02T07:00:00Z");
        }
    }
}
