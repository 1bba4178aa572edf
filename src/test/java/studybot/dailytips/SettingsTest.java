package studybot.dailytips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static studybot.dailytips.DailyTipsFixture.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import studybot.discord.DiscordText;
import studybot.i18n.Wording;
import studybot.reply.Text;
import studybot.store.Dialect;

/** Runs on both stores: SQLite and the test run's PostgreSQL. */
@ParameterizedClass
@EnumSource(Dialect.class)
class SettingsTest {

    @Parameter
    Dialect dialect;

    private static final long SERVER = 77;

    @TempDir
    Path temp;

    @Test
    void postTimesAre24HourHoursAndMinutes() throws Exception {
        assertThat(PostTimeFormat.parse("09:00")).isEqualTo(LocalTime.of(9, 0));
        assertThat(PostTimeFormat.parse(" 18:30 ")).isEqualTo(LocalTime.of(18, 30));
        assertThat(PostTimeFormat.parse("7:05")).isEqualTo(LocalTime.of(7, 5));
        assertThat(PostTimeFormat.parse("23:59")).isEqualTo(LocalTime.of(23, 59));
        assertThat(PostTimeFormat.format(LocalTime.of(7, 5))).isEqualTo("07:05");
    }

    @ParameterizedTest
    @ValueSource(strings = {"24:00", "12:60", "9am", "9:00 PM", "0900", "09:00:00", "", "nine"})
    void otherTimesGetAFriendlyError(String typed) {
        assertThatThrownBy(() -> PostTimeFormat.parse(typed))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("\"" + typed.strip() + "\"")
                .hasMessageContaining("HH:mm, for example 09:00");
    }

    @Test
    void whatWasTypedIsEchoedEscaped() {
        assertThatThrownBy(() -> TimeZones.parse("@everyone **x**"))
                .isInstanceOf(InvalidSettingException.class)
                .satisfies(e -> assertThat(onDiscord(e))
                        .doesNotContain("@everyone")
                        .doesNotContain("**")
                        .contains("\\*\\*x\\*\\*"));
        assertThatThrownBy(() -> PostTimeFormat.parse("<@&123> \u202E"))
                .isInstanceOf(InvalidSettingException.class)
                .satisfies(e -> assertThat(onDiscord(e)).doesNotContain("<@&").doesNotContain("\u202E"));
    }

    /** The message as a Discord reply shows it (the echo is plain text; the renderer escapes it). */
    private static String onDiscord(Throwable e) {
        return DiscordText.markdown(Text.plain(e.getMessage()));
    }

    @Test
    void zonesParseIgnoringCase() throws Exception {
        assertThat(TimeZones.parse("Europe/Berlin")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(TimeZones.parse(" america/new_york ")).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void unknownZonesGetAFriendlyErrorWithASuggestion() {
        assertThatThrownBy(() -> TimeZones.parse("Berlin"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("\"Berlin\" is not a timezone")
                .hasMessageContaining("Did you mean Europe/Berlin?");
        assertThatThrownBy(() -> TimeZones.parse("Mars/Olympus_Mons"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("IANA name");
    }

    @Test
    void aGermanReaderReadsTheErrorsInGerman() {
        assertThatThrownBy(() -> PostTimeFormat.parse("9am"))
                .isInstanceOfSatisfying(
                        InvalidSettingException.class,
                        e -> assertThat(e.message(Locale.GERMAN))
                                .isEqualTo(
                                        "„9am“ ist keine Uhrzeit, die studybot versteht. Gib sie im 24-Stunden-Format HH:mm"
                                                + " an, zum Beispiel 09:00 oder 18:30."));
        assertThatThrownBy(() -> TimeZones.parse("Berlin"))
                .isInstanceOfSatisfying(
                        InvalidSettingException.class,
                        e -> assertThat(e.message(Locale.GERMAN))
                                .startsWith("„Berlin“ ist keine Zeitzone, die studybot kennt.")
                                .endsWith(" Meintest du Europe/Berlin?"));
        assertThatThrownBy(() -> TimeZones.parse("Mars/Olympus_Mons"))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                    assertThat(e.message(Locale.GERMAN)).endsWith("America/New_York oder Asia/Kolkata.");
                    assertThat(e.getMessage()).endsWith("America/New_York or Asia/Kolkata.");
                });
    }

    @Test
    void completionsPutTheBestMatchFirst() {
        assertThat(TimeZones.complete("berl")).startsWith("Europe/Berlin");
        assertThat(TimeZones.complete("BERL")).startsWith("Europe/Berlin");
        assertThat(TimeZones.complete("new y")).startsWith("America/New_York");
        assertThat(TimeZones.complete("kolk")).containsExactly("Asia/Kolkata");
        assertThat(TimeZones.complete("europe/"))
                .hasSize(TimeZones.MAX_COMPLETIONS)
                .allSatisfy(id -> assertThat(id).startsWith("Europe/"));
        assertThat(TimeZones.complete("singapore"))
                .as("region-based ids before legacy aliases")
                .containsExactly("Asia/Singapore", "Singapore");
        assertThat(TimeZones.complete("")).hasSize(TimeZones.MAX_COMPLETIONS);
        assertThat(TimeZones.complete("no such zone")).isEmpty();
    }

    @Test
    void settingsPersistAcrossRestarts() {
        try (DailyTipsFixture fixture =
                new DailyTipsFixture(dialect, temp, Instant.parse("2024-06-01T08:00:00Z"), 10)) {
            DailyTipSettings saved = settings(123, "18:30", "Asia/Kolkata");
            fixture.service().saveSettings(SERVER, saved);
            fixture.service().saveSettings(SERVER, saved.withEnabled(false).withChannelId(456));

            assertThat(fixture.restart().settings(SERVER))
                    .contains(new DailyTipSettings(456, LocalTime.of(18, 30), ZoneId.of("Asia/Kolkata"), false));
            assertThat(fixture.service().settings(SERVER + 1)).isEmpty();
        }
    }

    @Test
    void statusReportsSettingsNextPostAndLastPost() {
        try (DailyTipsFixture fixture =
                new DailyTipsFixture(dialect, temp, Instant.parse("2024-06-01T08:00:00Z"), 10)) {
            assertThat(fixture.service().status(SERVER).settings()).isEmpty();
            fixture.service().saveSettings(SERVER, settings(5, "09:00", "UTC"));
            fixture.runUntil(Instant.parse("2024-06-01T10:00:00Z"), Duration.ofMinutes(5));

            DailyTipStatus status = fixture.service().status(SERVER);

            FakeTipChannel.Message posted = fixture.discord.messages().get(0);
            assertThat(status.settings()).contains(settings(5, "09:00", "UTC"));
            assertThat(status.nextPostEpochSecond())
                    .hasValue(Instant.parse("2024-06-02T09:00:00Z").getEpochSecond());
            assertThat(status.lastPost())
                    .contains(new LastPost(
                            LocalDate.parse("2024-06-01"),
                            5,
                            posted.messageId(),
                            posted.post().tip().orElseThrow().id(),
                            posted.post().tip().orElseThrow().source()));
            assertThat(status.pausedReason()).isEmpty();
            assertThat(status.problem()).isEmpty();
        }
    }

    @Test
    void anEmptyDeckIsReportedNotPosted() {
        try (DailyTipsFixture fixture = new DailyTipsFixture(dialect, temp, Instant.parse("2024-06-01T08:00:00Z"), 0)) {
            fixture.service().saveSettings(SERVER, settings(5, "09:00", "UTC"));
            fixture.runUntil(Instant.parse("2024-06-01T10:00:00Z"), Duration.ofMinutes(5));

            assertThat(fixture.discord.attempts()).isEmpty();
            assertThat(fixture.service().status(SERVER).problem().map(Wording::toString))
                    .contains("The book has no tips to post.");
            assertThatThrownBy(() -> fixture.service().postNow(SERVER, 5, OptionalLong.empty()))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void removingAServerForgetsIt() {
        try (DailyTipsFixture fixture =
                new DailyTipsFixture(dialect, temp, Instant.parse("2024-06-01T08:00:00Z"), 10)) {
            fixture.service().saveSettings(SERVER, settings(5, "09:00", "UTC"));
            fixture.runUntil(Instant.parse("2024-06-01T10:00:00Z"), Duration.ofMinutes(5));

            fixture.service().removeServer(SERVER);

            DailyTipStatus status = fixture.service().status(SERVER);
            assertThat(status.settings()).isEmpty();
            assertThat(status.lastPost()).isEmpty();
            assertThat(fixture.nextDue()).isEmpty();
        }
    }
}
