package studybot.dailytips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static studybot.dailytips.DailyTipsFixture.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalLong;
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
class ExactlyOnceTest {

    @Parameter
    Dialect dialect;

    private static final long SERVER = 42;
    private static final long CHANNEL = 7;

    @TempDir
    Path temp;

    @Test
    void afterDowntimeTodaysTipIsPostedButMissedDaysAreNot() {
        try (DailyTipsFixture fixture =
                new DailyTipsFixture(dialect, temp, Instant.parse("2024-06-01T06:00:00Z"), 10)) {
            fixture.service().saveSettings(SERVER, settings(CHANNEL, "09:00", "Europe/Berlin"));

            fixture.clock.set(Instant.parse("2024-06-03T10:15:00Z"));
            fixture.restart().runDue();
            fixture.service().runDue();

            assertThat(fixture.discord.messages())
                    .singleElement()
                    .satisfies(message ->
                            assertThat(message.nonce()).isEqualTo(Nonces.daily(SERVER, LocalDate.parse("2024-06-03"))));
            assertThat(fixture.service().status(SERVER).lastPost().orElseThrow().date())
                    .isEqualTo("2024-06-03");
        }
    }

    @Test
    void restartBeforeTodaysTimeWaitsForIt() {
        try (DailyTipsFixture fixture =
                new DailyTipsFixture(dialect, temp, Instant.parse("2024-06-01T06:00:00Z"), 10)) {
            fixture.service().saveSettings(SERVER, settings(CHANNEL, "09:00", "Europe/Berlin"));

            fixture.clock.set(Instant.parse("2024-06-03T05:00:00Z"));
            fixture.restart().runDue();
            assertThat(fixture.discord.messages())
                    .as("2 June was missed; it is not made up")
                    .isEmpty();
            assertThat(fixture.nextDue()).contains(Instant.parse("2024-06-03T07:00:00Z"));

            fixture.runUntil(Instant.parse("2024-06-03T12:00:00Z"), Duration.ofMinutes(1));
            assertThat(fixture.discord.messages())
                    .extracting(FakeTipChannel.Message::createdAt)
                    .containsExactly(Instant.parse("2024-06-03T07:00:00Z"));
        }
    }

    @Test
    void crashAfterRecordingTheIntentBeforeSendingPostsOnceAfterRestart() {
        try (DailyTipsFixture fixture =
                new DailyTipsFixture(dialect, temp, Instant.parse("2024-06-01T08:00:00Z"), 10)) {
            fixture.service().saveSettings(SERVER, settings(CHANNEL, "09:00", "UTC"));
            fixture.clock.set(Instant.parse("2024-06-01T09:00:00Z"));
            fixture.discord.crashNextBeforeCreating();

            assertThatThrownBy(() -> fixture.service().runDue()).isInstanceOf(SimulatedCrash.class);
            assertThat(fixture.discord.messages()).isEmpty();

            fixture.clock.advance(Duration.ofMinutes(3));
            fixture.restart().runDue();
            fixture.service().runDue();

            assertThat(fixture.discord.attempts())
                    .extracting(FakeTipChannel.Attempt::nonce)
                    .containsOnly(Nonces.daily(SERVER, LocalDate.parse("2024-06-01")))
                    .hasSize(2);
            FakeTipChannel.Message only =
                    assertThat(fixture.discord.messages()).singleElement().actual();
            assertThat(fixture.service().status(SERVER).lastPost().orElseThrow().messageId())
                    .isEqualTo(only.messageId());
            assertThat(fixture.service().tipsPostedToday()).isEqualTo(1);
        }
    }

    @Test
    void crashAfterSendingBeforeRecordingTheMessageIdPostsOnceAfterRestart() {
        try (DailyTipsFixture fixture =
                new DailyTipsFixture(dialect, temp, Instant.parse("2024-06-01T08:00:00Z"), 10)) {
            fixture.service().saveSettings(SERVER, settings(CHANNEL, "09:00", "UTC"));
            fixture.clock.set(Instant.parse("2024-06-01T09:00:00Z"));
            fixture.discord.crashNextAfterCreating();

            assertThatThrownBy(() -> fixture.service().runDue()).isInstanceOf(SimulatedCrash.class);
            assertThat(fixture.discord.messages()).hasSize(1);

            fixture.clock.advance(Duration.ofMinutes(1));
            fixture.restart().runDue();
            fixture.service().runDue();

            assertThat(fixture.discord.attempts())
                    .as("resent once, with the same nonce")
                    .hasSize(2)
                    .extracting(FakeTipChannel.Attempt::nonce)
                    .containsOnly(Nonces.daily(SERVER, LocalDate.parse("2024-06-01")));
            FakeTipChannel.Message only =
                    assertThat(fixture.discord.messages()).singleElement().actual();
            assertThat(fixture.service().status(SERVER).lastPost().orElseThrow().messageId())
                    .isEqualTo(only.messageId());
        }
    }

    @Test
    void theResentTipIsTheOneChosenBeforeTheCrashEvenIfTheBookDroppedIt() {
        try (DailyTipsFixture fixture =
                new DailyTipsFixture(dialect, temp, Instant.parse("2024-06-01T08:00:00Z"), 10)) {
            fixture.service().saveSettings(SERVER, settings(CHANNEL, "09:00", "UTC"));
            fixture.clock.set(Instant.parse("2024-06-01T09:00:00Z"));
            fixture.discord.crashNextBeforeCreating();
            assertThatThrownBy(() -> fixture.service().runDue()).isInstanceOf(SimulatedCrash.class);
            String chosen =
                    fixture.discord.attempts().get(0).post().tip().orElseThrow().id();

            fixture.deck.set(fixture.deck.get().stream()
                    .filter(tip -> !tip.id().equals(chosen))
                    .toList());
            fixture.clock.advance(DailyTipsFixture.CLAIM);
            fixture.restart().runDue();

            FakeTipChannel.Message only =
                    assertThat(fixture.discord.messages()).singleElement().actual();
            assertThat(only.post().tip().orElseThrow().id()).isEqualTo(chosen);
            assertThat(only.post().sectionTitle())
                    .isEqualTo("Section " + only.post().tip().orElseThrow().source());
        }
    }

    @Test
    void postNowDoesNotCountAsTheDaysTip() throws Exception {
        try (DailyTipsFixture fixture =
                new DailyTipsFixture(dialect, temp, Instant.parse("2024-06-01T08:00:00Z"), 10)) {
            fixture.service().saveSettings(SERVER, settings(CHANNEL, "09:00", "UTC"));

            SentMessage tryout = fixture.service().postNow(SERVER, 99, OptionalLong.empty());
            assertThat(fixture.service().tipsPostedToday()).isZero();
            assertThat(fixture.service().status(SERVER).lastPost()).isEmpty();

            fixture.runUntil(Instant.parse("2024-06-01T10:00:00Z"), Duration.ofMinutes(5));

            assertThat(fixture.discord.messages()).hasSize(2);
            FakeTipChannel.Message tryoutMessage = fixture.discord.messages().get(0);
            FakeTipChannel.Message daily = fixture.discord.messages().get(1);
            assertThat(tryoutMessage.messageId()).isEqualTo(tryout.messageId());
            assertThat(tryoutMessage.channelId()).isEqualTo(99);
            assertThat(daily.channelId()).isEqualTo(CHANNEL);
            assertThat(daily.post().tip().orElseThrow().id())
                    .as("the tried-out tip left the rotation")
                    .isNotEqualTo(tryoutMessage.post().tip().orElseThrow().id());
            assertThat(fixture.service().tipsPostedToday()).isEqualTo(1);
        }
    }
}
