package studybot.dailytips;

import static org.assertj.core.api.Assertions.assertThat;
import static studybot.dailytips.DailyTipsFixture.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.posting.Nonces;
import studybot.store.Dialect;

/** Runs on both stores: SQLite and the test run's PostgreSQL. */
@ParameterizedClass
@EnumSource(Dialect.class)
class ScheduleTest {

    @Parameter
    Dialect dialect;

    private static final long SERVER = 111;
    private static final long OTHER_SERVER = 222;
    private static final Duration STEP = Duration.ofMinutes(5);

    @TempDir
    Path temp;

    @Test
    void postInstantFollowsTheZoneIncludingBothDstChanges() {
        DailyTipSettings berlin = settings(1, "02:30", "Europe/Berlin");
        assertThat(berlin.postInstantOn(LocalDate.parse("2024-03-30"))).isEqualTo("2024-03-30T01:30:00Z");
        assertThat(berlin.postInstantOn(LocalDate.parse("2024-03-31")))
                .as("02:30 does not exist on the spring-forward day; it moves to 03:30 CEST")
                .isEqualTo("2024-03-31T01:30:00Z");
        assertThat(berlin.postInstantOn(LocalDate.parse("2024-04-01"))).isEqualTo("2024-04-01T00:30:00Z");
        assertThat(berlin.postInstantOn(LocalDate.parse("2024-10-27")))
                .as("02:30 happens twice on the fall-back day; the earlier (CEST) one counts")
                .isEqualTo("2024-10-27T00:30:00Z");

        DailyTipSettings newYork = settings(1, "02:30", "America/New_York");
        assertThat(newYork.postInstantOn(LocalDate.parse("2024-03-10"))).isEqualTo("2024-03-10T07:30:00Z");
        assertThat(newYork.withPostTime(LocalTime.of(1, 30)).postInstantOn(LocalDate.parse("2024-11-03")))
                .isEqualTo("2024-11-03T05:30:00Z");

        assertThat(settings(1, "09:00", "Asia/Kolkata").postInstantOn(LocalDate.parse("2024-06-01")))
                .isEqualTo("2024-06-01T03:30:00Z");
    }

    @Test
    void berlinSpringForwardGapPostsAt0330() {
        try (DailyTipsFixture fixture =
                new DailyTipsFixture(dialect, temp, Instant.parse("2024-03-30T12:00:00Z"), 10)) {
            fixture.service().saveSettings(SERVER, settings(1, "02:30", "Europe/Berlin"));
            assertThat(fixture.nextDue()).contains(Instant.parse("2024-03-31T01:30:00Z"));

            fixture.runUntil(Instant.parse("2024-04-01T12:00:00Z"), STEP);

            assertThat(fixture.discord.messages())
                    .extracting(FakeTipChannel.Message::createdAt)
                    .containsExactly(Instant.parse("2024-03-31T01:30:00Z"), Instant.parse("2024-04-01T00:30:00Z"));
        }
    }

    @Test
    void berlinFallBackOverlapPostsOnce() {
        try (DailyTipsFixture fixture =
                new DailyTipsFixture(dialect, temp, Instant.parse("2024-10-26T12:00:00Z"), 10)) {
            fixture.service().saveSettings(SERVER, settings(1, "02:30", "Europe/Berlin"));

            fixture.runUntil(Instant.parse("2024-10-27T12:00:00Z"), STEP);

            assertThat(fixture.discord.messages())
                    .extracting(FakeTipChannel.Message::createdAt)
                    .containsExactly(Instant.parse("2024-10-27T00:30:00Z"));
            assertThat(fixture.nextDue()).contains(Instant.parse("2024-10-28T01:30:00Z"));
        }
    }

    @Test
    void newYorkGapMovesForwardAndOverlapFiresOnce() {
        try (DailyTipsFixture fixture =
                new DailyTipsFixture(dialect, temp, Instant.parse("2024-03-09T12:00:00Z"), 10)) {
            fixture.service().saveSettings(SERVER, settings(1, "02:30", "America/New_York"));
            fixture.runUntil(Instant.parse("2024-03-10T12:00:00Z"), STEP);
            assertThat(fixture.discord.messages())
                    .extracting(FakeTipChannel.Message::createdAt)
                    .as("02:30 does not exist on 10 March; 03:30 EDT")
                    .containsExactly(Instant.parse("2024-03-10T07:30:00Z"));

            fixture.clock.set(Instant.parse("2024-11-02T12:00:00Z"));
            fixture.service().saveSettings(SERVER, settings(1, "01:30", "America/New_York"));
            fixture.runUntil(Instant.parse("2024-11-03T12:00:00Z"), STEP);

            assertThat(fixture.discord.messages())
                    .extracting(FakeTipChannel.Message::createdAt)
                    .as("01:30 happens at 05:30Z (EDT) and 06:30Z (EST); only the first fires")
                    .containsExactly(Instant.parse("2024-03-10T07:30:00Z"), Instant.parse("2024-11-03T05:30:00Z"));
        }
    }

    @Test
    void kolkataHalfHourOffset() {
        try (DailyTipsFixture fixture =
                new DailyTipsFixture(dialect, temp, Instant.parse("2024-06-01T00:00:00Z"), 10)) {
            fixture.service().saveSettings(SERVER, settings(1, "09:00", "Asia/Kolkata"));
            assertThat(fixture.service().status(SERVER).nextPostEpochSecond())
                    .hasValue(Instant.parse("2024-06-01T03:30:00Z").getEpochSecond());

            fixture.runUntil(Instant.parse("2024-06-02T12:00:00Z"), STEP);

            assertThat(fixture.discord.messages())
                    .extracting(FakeTipChannel.Message::createdAt)
                    .containsExactly(Instant.parse("2024-06-01T03:30:00Z"), Instant.parse("2024-06-02T03:30:00Z"));
        }
    }

    @Test
    void eachServerPostsOncePerItsOwnLocalDay() {
        // Kiritimati is UTC+14 and Pago Pago UTC-11: at any instant their dates differ by one day (often two).
        try (DailyTipsFixture fixture =
                new DailyTipsFixture(dialect, temp, Instant.parse("2024-06-01T00:00:00Z"), 10)) {
            fixture.service().saveSettings(SERVER, settings(1, "09:00", "Pacific/Kiritimati"));
            fixture.service().saveSettings(OTHER_SERVER, settings(2, "09:00", "Pacific/Pago_Pago"));

            fixture.runUntil(Instant.parse("2024-06-01T19:30:00Z"), STEP);
            assertThat(fixture.service().tipsPostedToday())
                    .as("only Kiritimati, whose 2 June it is")
                    .isEqualTo(1);
            assertThat(fixture.service().status(SERVER).lastPost().orElseThrow().date())
                    .isEqualTo("2024-06-02");
            assertThat(fixture.service().status(OTHER_SERVER).lastPost()).isEmpty();

            fixture.runUntil(Instant.parse("2024-06-03T00:00:00Z"), STEP);

            assertThat(fixture.discord.messages())
                    .extracting(m -> m.channelId() + " " + m.createdAt())
                    .containsExactly(
                            "1 2024-06-01T19:00:00Z",
                            "2 2024-06-01T20:00:00Z",
                            "1 2024-06-02T19:00:00Z",
                            "2 2024-06-02T20:00:00Z");
            assertThat(fixture.discord.messages())
                    .extracting(FakeTipChannel.Message::nonce)
                    .containsExactly(
                            Nonces.daily(SERVER, LocalDate.parse("2024-06-02")),
                            Nonces.daily(OTHER_SERVER, LocalDate.parse("2024-06-01")),
                            Nonces.daily(SERVER, LocalDate.parse("2024-06-03")),
                            Nonces.daily(OTHER_SERVER, LocalDate.parse("2024-06-02")));
        }
    }

    @Test
    void aTimeAlreadyPastWhenConfiguredStartsTomorrow() {
        try (DailyTipsFixture fixture =
                new DailyTipsFixture(dialect, temp, Instant.parse("2024-06-01T10:00:00Z"), 10)) {
            fixture.service().saveSettings(SERVER, settings(1, "09:00", "UTC"));

            fixture.service().runDue();

            assertThat(fixture.discord.messages()).isEmpty();
            assertThat(fixture.nextDue()).contains(Instant.parse("2024-06-02T09:00:00Z"));
        }
    }

    @Test
    void disabledServersAreNotScheduled() {
        try (DailyTipsFixture fixture =
                new DailyTipsFixture(dialect, temp, Instant.parse("2024-06-01T08:00:00Z"), 10)) {
            fixture.service().saveSettings(SERVER, settings(1, "09:00", "UTC").withEnabled(false));

            fixture.runUntil(Instant.parse("2024-06-02T12:00:00Z"), STEP);

            assertThat(fixture.discord.messages()).isEmpty();
            assertThat(fixture.nextDue()).isEmpty();
            assertThat(fixture.service().status(SERVER).nextPostEpochSecond()).isEmpty();
        }
    }

    @Test
    void nonceFitsDiscordsLimitForTheLargestServerId() {
        assertThat(Nonces.daily(-1L, LocalDate.parse("2024-12-31"))).hasSizeLessThanOrEqualTo(25);
        assertThat(Nonces.postNow(-1L, Instant.parse("2100-01-01T00:00:00Z"))).hasSizeLessThanOrEqualTo(25);
    }
}
