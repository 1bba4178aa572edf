package studybot.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.command.Place;
import studybot.posting.Nonces;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;

/** Reminder settings and sends on both backends: SQLite ([1]) and PostgreSQL ([2]). */
@ParameterizedClass
@EnumSource(Dialect.class)
class SqlReminderStoreTest {

    private static final long SERVER = 1_234_567_890_123_456_789L;
    private static final long MEMBER = 987_654_321_098_765_432L;
    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    @Test
    void aSettingOutlivesTheStoreAndTurningItOnAgainKeepsTheDmChannel() {
        TestStores stores = TestStores.of(dialect, temp);
        try (Store store = stores.open(List.of(ReminderStore.MIGRATIONS))) {
            ReminderStore reminders = new SqlReminderStore(store);
            Reminder on = reminders.turnOn(
                    MEMBER, Place.server(SERVER), LocalTime.of(19, 0), ZoneId.of("Europe/Berlin"), Locale.ENGLISH, NOW);
            assertThat(on.status()).isEqualTo(ReminderStatus.ON);
            reminders.keepDmChannel(MEMBER, 42);
            assertThat(reminders.stop(MEMBER, on.revision(), ReminderStatus.DMS_CLOSED, false, NOW))
                    .isTrue();
        }
        try (Store store = stores.open(List.of(ReminderStore.MIGRATIONS))) {
            ReminderStore reminders = new SqlReminderStore(store);
            assertThat(reminders.find(MEMBER).orElseThrow().status()).isEqualTo(ReminderStatus.DMS_CLOSED);
            assertThat(reminders.active()).isEmpty();

            Reminder again = reminders.turnOn(
                    MEMBER,
                    Place.personal(MEMBER),
                    LocalTime.of(7, 30),
                    ZoneId.of("Asia/Tokyo"),
                    Locale.GERMAN,
                    NOW.plusSeconds(60));
            assertThat(again)
                    .extracting(
                            Reminder::place, Reminder::time, Reminder::locale, Reminder::status, Reminder::dmChannelId)
                    .containsExactly(
                            Place.personal(MEMBER),
                            LocalTime.of(7, 30),
                            Locale.GERMAN,
                            ReminderStatus.ON,
                            OptionalLong.of(42));
            assertThat(reminders.active()).containsExactly(again);
        }
    }

    @Test
    void aPassNeverPausesAReminderTheMemberChangedSinceItWasRead() {
        try (Store store = TestStores.of(dialect, temp).open(List.of(ReminderStore.MIGRATIONS))) {
            ReminderStore reminders = new SqlReminderStore(store);
            Reminder read = reminders.turnOn(
                    MEMBER, Place.server(SERVER), LocalTime.NOON, ZoneId.of("UTC"), Locale.ENGLISH, NOW);
            reminders.turnOn(MEMBER, Place.server(SERVER), LocalTime.MIDNIGHT, ZoneId.of("UTC"), Locale.ENGLISH, NOW);

            assertThat(reminders.stop(MEMBER, read.revision(), ReminderStatus.IDLE, true, NOW))
                    .isFalse();
            assertThat(reminders.find(MEMBER).orElseThrow().status()).isEqualTo(ReminderStatus.ON);
            assertThat(reminders.takeIdleNotice(MEMBER)).isFalse();
        }
    }

    @Test
    void onlyOneClaimWinsADayAndALapsedClaimIsResumedOnce() {
        try (Store store = TestStores.of(dialect, temp).open(List.of(ReminderStore.MIGRATIONS))) {
            ReminderStore reminders = new SqlReminderStore(store);
            ReminderStore.Claim fresh = new ReminderStore.Claim(MEMBER, TODAY, 0, false);

            List<ReminderSend> first = reminders.claim(List.of(fresh), NOW, NOW.plusSeconds(30));
            List<ReminderSend> second = reminders.claim(List.of(fresh), NOW, NOW.plusSeconds(30));

            assertThat(first)
                    .singleElement()
                    .extracting(ReminderSend::nonce)
                    .isEqualTo(Nonces.reminder(MEMBER, TODAY, 0));
            assertThat(second).as("another process inserting the same day").isEmpty();

            ReminderStore.Claim resume = new ReminderStore.Claim(MEMBER, TODAY, 0, true);
            assertThat(reminders.claim(List.of(resume), NOW.plusSeconds(10), NOW.plusSeconds(40)))
                    .as("the claim has not lapsed")
                    .isEmpty();
            Instant later = NOW.plusSeconds(31);
            assertThat(reminders.claim(List.of(resume), later, later.plusSeconds(30)))
                    .hasSize(1);
            assertThat(reminders.claim(List.of(resume), later, later.plusSeconds(30)))
                    .isEmpty();

            reminders.recordSent(List.of(new ReminderStore.Sent(MEMBER, TODAY, 0, 777, later)));
            assertThat(reminders.lastSent(MEMBER).orElseThrow().messageId()).hasValue(777);
            assertThat(reminders.claim(List.of(resume), later.plusSeconds(60), later.plusSeconds(90)))
                    .as("sent is done")
                    .isEmpty();
            assertThat(reminders.recentOrOpenSends(TODAY).get(MEMBER))
                    .singleElement()
                    .extracting(ReminderSend::inFlight)
                    .isEqualTo(false);
        }
    }

    @Test
    void snoozingNeedsAReminderThatIsOnAndCountsItsSnoozes() {
        try (Store store = TestStores.of(dialect, temp).open(List.of(ReminderStore.MIGRATIONS))) {
            ReminderStore reminders = new SqlReminderStore(store);
            assertThat(reminders.snooze(MEMBER, NOW.plusSeconds(3600), NOW)).isEmpty();

            reminders.turnOn(MEMBER, Place.server(SERVER), LocalTime.NOON, ZoneId.of("UTC"), Locale.ENGLISH, NOW);
            assertThat(reminders.snooze(MEMBER, NOW.plusSeconds(3600), NOW)).hasValue(1);
            assertThat(reminders.snooze(MEMBER, NOW.plusSeconds(7200), NOW)).hasValue(2);
            assertThat(reminders.find(MEMBER).orElseThrow().snoozedUntil()).hasValue(NOW.plusSeconds(7200));

            assertThat(reminders.setStatus(MEMBER, ReminderStatus.OFF, NOW)).isTrue();
            assertThat(reminders.snooze(MEMBER, NOW.plusSeconds(3600), NOW)).isEmpty();
        }
    }

    @Test
    void inFlightRemindersOfEarlierDaysAreGivenUp() {
        try (Store store = TestStores.of(dialect, temp).open(List.of(ReminderStore.MIGRATIONS))) {
            ReminderStore reminders = new SqlReminderStore(store);
            reminders.claim(
                    List.of(new ReminderStore.Claim(MEMBER, TODAY.minusDays(1), 0, false)), NOW, NOW.plusSeconds(30));

            assertThat(reminders.giveUpBefore(MEMBER, TODAY)).isEqualTo(1);
            assertThat(reminders.recentOrOpenSends(TODAY)).isEmpty();
        }
    }
}
