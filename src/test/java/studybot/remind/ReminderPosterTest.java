package studybot.remind;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import studybot.command.Place;
import studybot.dailytips.MutableClock;
import studybot.i18n.Texts;
import studybot.posting.Fanout;
import studybot.posting.RetryBackoff;
import studybot.quiz.review.ReviewStore;
import studybot.quiz.review.SqlReviewStore;
import studybot.store.Dialect;
import studybot.store.Sql;
import studybot.store.Store;
import studybot.store.TestStores;
import studybot.testing.LogCapture;

/**
 * The reminder pass over a real SQLite store, a fixed clock the test moves across days and time zones, and DMs that
 * record what was sent: once per member and local day (also across a restart and a crash between sending and
 * recording), only with reviews due, stopped after idle days, paused for good on a closed DM, and the DM channel opened
 * once.
 */
class ReminderPosterTest {

    private static final PlaceBooks BOOKS = new PlaceBooks(place -> "redis", place -> "Redis book");
    private static final long SERVER = 1_111_111_111_111_111_111L;
    private static final long MEMBER = 222_222_222_222_222_222L;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Monday 7 December 2026, 18:00 in Berlin (CET, UTC+1). */
    private static final Instant MONDAY_18_BERLIN = Instant.parse("2026-12-07T17:00:00Z");

    private static final Texts TEXTS = Texts.load("remind");

    @RegisterExtension
    @Order(1)
    final LogCapture log = LogCapture.of(Level.INFO, ReminderPoster.class.getName());

    @TempDir
    Path temp;

    private Store store;
    private final MutableClock clock = new MutableClock(MONDAY_18_BERLIN);
    private final RecordingDms dms = new RecordingDms();

    @BeforeEach
    void open() {
        store = TestStores.of(Dialect.SQLITE, temp).open(List.of(ReminderStore.MIGRATIONS, ReviewStore.MIGRATIONS));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void remindsOnceAtTheLocalTimeWithTheDueCountAndNotAgainAfterARestart() {
        dueCards(7);
        reminders().turnOn(MEMBER, Place.server(SERVER), LocalTime.of(19, 0), BERLIN, Locale.ENGLISH);

        poster().runDue();
        assertThat(dms.sent()).as("18:00, before the time").isEmpty();

        clock.advance(Duration.ofMinutes(61));
        poster().runDue();
        poster().runDue();
        assertThat(dms.sent()).singleElement().satisfies(dm -> {
            assertThat(dm.message().text().plainText()).isEqualTo("7 reviews due in Redis book");
            assertThat(dm.message().actions()).hasSize(3);
            assertThat(dm.nonce())
                    .isEqualTo(studybot.posting.Nonces.reminder(
                            MEMBER, clock.instant().atZone(BERLIN).toLocalDate(), 0));
        });

        store.close();
        store = TestStores.of(Dialect.SQLITE, temp).open(List.of(ReminderStore.MIGRATIONS, ReviewStore.MIGRATIONS));
        clock.advance(Duration.ofHours(2));
        poster().runDue();
        assertThat(dms.sent()).as("a restarted bot sends nothing more that day").hasSize(1);

        clock.advance(Duration.ofHours(22));
        reviewedAt(clock.instant());
        dueCards(1);
        poster().runDue();
        assertThat(dms.sent()).hasSize(2);
        assertThat(dms.sent().get(1).message().text().plainText()).isEqualTo("1 review due in Redis book");
        assertThat(dms.opened()).as("the DM channel is opened once and kept").isEqualTo(1);
    }

    @Test
    void aReminderSentButNotRecordedIsResentWithItsNonceOnceItsClaimLapses() {
        dueCards(3);
        reminders().turnOn(MEMBER, Place.personal(MEMBER), LocalTime.of(19, 0), BERLIN, Locale.ENGLISH);
        clock.advance(Duration.ofHours(1));
        // a process that claimed and sent, then died before recording
        ReminderStore reminderStore = new SqlReminderStore(store);
        List<ReminderSend> claimed = reminderStore.claim(
                List.of(new ReminderStore.Claim(
                        MEMBER, clock.instant().atZone(BERLIN).toLocalDate(), 0, false)),
                clock.instant(),
                clock.instant().plusSeconds(30));
        assertThat(claimed).hasSize(1);

        poster().runDue();
        assertThat(dms.sent()).as("the claim is still another process's").isEmpty();

        clock.advance(Duration.ofMinutes(1));
        poster().runDue();
        poster().runDue();
        assertThat(dms.sent())
                .singleElement()
                .extracting(RecordingDms.Dm::nonce)
                .isEqualTo(claimed.get(0).nonce());
    }

    @Test
    void nothingIsSentOnADayWithNothingDue() {
        reviewedAt(MONDAY_18_BERLIN);
        reminders().turnOn(MEMBER, Place.server(SERVER), LocalTime.of(19, 0), BERLIN, Locale.ENGLISH);
        clock.advance(Duration.ofHours(2));
        poster().runDue();

        assertThat(dms.sent()).isEmpty();
        assertThat(new SqlReminderStore(store).find(MEMBER).orElseThrow().status())
                .isEqualTo(ReminderStatus.ON);
    }

    @Test
    void stopsAfterFiveDaysInARowWithoutAReviewAndTellsTheNextQuizOnce() {
        dueCards(4);
        reminders().turnOn(MEMBER, Place.server(SERVER), LocalTime.of(19, 0), BERLIN, Locale.ENGLISH);
        clock.advance(Duration.ofHours(1));
        for (int day = 0; day < 6; day++) {
            poster().runDue();
            clock.advance(Duration.ofDays(1));
        }
        assertThat(dms.sent())
                .as("Monday and the five days after it without a review")
                .hasSize(6);

        poster().runDue();
        assertThat(dms.sent()).as("the sixth day without a review").hasSize(6);
        assertThat(new SqlReminderStore(store).find(MEMBER).orElseThrow().status())
                .isEqualTo(ReminderStatus.IDLE);
        assertThat(reminders().takeIdleNotice(MEMBER, Locale.ENGLISH)).isPresent();
        assertThat(reminders().takeIdleNotice(MEMBER, Locale.ENGLISH))
                .as("said once")
                .isEmpty();

        clock.advance(Duration.ofDays(1));
        poster().runDue();
        assertThat(dms.sent()).hasSize(6);
    }

    @Test
    void aClosedDmPausesTheReminderWithoutRetrying() {
        dueCards(2);
        reminders().turnOn(MEMBER, Place.server(SERVER), LocalTime.of(19, 0), BERLIN, Locale.ENGLISH);
        clock.advance(Duration.ofHours(1));
        dms.failNext(DmFailure.closed("50007", null));

        poster().runDue();
        for (int pass = 0; pass < 5; pass++) {
            clock.advance(Duration.ofHours(6));
            poster().runDue();
        }

        assertThat(dms.sent()).isEmpty();
        assertThat(new SqlReminderStore(store).find(MEMBER).orElseThrow().status())
                .isEqualTo(ReminderStatus.DMS_CLOSED);
        assertThat(log.messages(Level.INFO)).singleElement().asString().contains("paused");
    }

    @Test
    void aTransientFailureIsRetriedWithBackoffAndTheSameNonce() {
        dueCards(2);
        reminders().turnOn(MEMBER, Place.server(SERVER), LocalTime.of(19, 0), BERLIN, Locale.ENGLISH);
        clock.advance(Duration.ofHours(1));
        dms.failNext(DmFailure.transientFailure("Discord answered HTTP 500", null));

        ReminderPoster poster = poster();
        poster.runDue();
        poster.runDue();
        assertThat(dms.sent()).as("not before the backoff").isEmpty();

        clock.advance(RetryBackoff.DEFAULT.first());
        poster.runDue();
        assertThat(dms.sent()).hasSize(1);
        assertThat(log.messages(Level.WARN)).singleElement().asString().contains("HTTP 500");
    }

    @Test
    void followsTheMembersZoneAcrossTheSpringForwardChange() {
        // 02:30 does not exist in New York on Sunday 8 March 2026: clocks go from 02:00 to 03:00
        clock.set(Instant.parse("2026-03-07T12:00:00Z"));
        dueCards(5);
        reminders().turnOn(MEMBER, Place.server(SERVER), LocalTime.of(2, 30), NEW_YORK, Locale.ENGLISH);

        clock.set(Instant.parse("2026-03-08T07:29:00Z")); // 03:29 EDT
        poster().runDue();
        assertThat(dms.sent()).as("before 03:30, where the skipped 02:30 moved").isEmpty();
        clock.set(Instant.parse("2026-03-08T07:30:00Z")); // 03:30 EDT
        poster().runDue();
        assertThat(dms.sent()).hasSize(1);

        reviewedAt(clock.instant());
        clock.set(Instant.parse("2026-03-09T06:29:00Z")); // Monday 02:29 EDT
        poster().runDue();
        assertThat(dms.sent()).hasSize(1);
        clock.set(Instant.parse("2026-03-09T06:30:00Z")); // Monday 02:30 EDT
        poster().runDue();
        assertThat(dms.sent()).hasSize(2);
    }

    @Test
    void aSnoozeSendsOneMoreReminderAnHourLater() {
        dueCards(2);
        reminders().turnOn(MEMBER, Place.server(SERVER), LocalTime.of(19, 0), BERLIN, Locale.ENGLISH);
        clock.advance(Duration.ofHours(1));
        poster().runDue();
        assertThat(reminders().snooze(MEMBER)).hasValue(clock.instant().plus(Reminders.SNOOZE));

        clock.advance(Duration.ofMinutes(59));
        poster().runDue();
        assertThat(dms.sent()).hasSize(1);
        clock.advance(Duration.ofMinutes(1));
        poster().runDue();
        poster().runDue();
        assertThat(dms.sent()).hasSize(2);
        assertThat(dms.sent().get(1).nonce()).isNotEqualTo(dms.sent().get(0).nonce());
    }

    @Test
    void aTimeAlreadyPastWhenTurnedOnWaitsForTomorrow() {
        dueCards(2);
        reminders().turnOn(MEMBER, Place.server(SERVER), LocalTime.of(9, 0), BERLIN, Locale.ENGLISH);
        poster().runDue();
        assertThat(dms.sent()).isEmpty();
        assertThat(reminders().preview(MEMBER).orElseThrow().at()).isEqualTo(Instant.parse("2026-12-08T08:00:00Z"));

        clock.set(Instant.parse("2026-12-08T08:00:00Z"));
        poster().runDue();
        assertThat(dms.sent()).hasSize(1);
    }

    private Reminders reminders() {
        return new Reminders(new SqlReminderStore(store), new SqlReviewStore(store), BOOKS, dms, TEXTS, clock);
    }

    private ReminderPoster poster() {
        return new ReminderPoster(
                reminders(),
                new SqlReminderStore(store),
                new SqlReviewStore(store),
                BOOKS,
                dms,
                TEXTS,
                clock,
                RetryBackoff.DEFAULT,
                new Fanout(member -> true, () -> {}, Duration.ofSeconds(30), 2));
    }

    /** {@code count} of the member's cards in the server and their own place, due since a week ago. */
    private void dueCards(int count) {
        long due = clock.instant().minus(Duration.ofDays(7)).toEpochMilli();
        store.inTransaction(connection -> {
            Sql sql = Sql.on(connection);
            sql.update("DELETE FROM quiz_reviews WHERE member_id = ? AND card_id LIKE 'due%'", MEMBER);
            for (int card = 0; card < count; card++) {
                for (long scope : new long[] {SERVER, Place.NOT_A_SERVER}) {
                    sql.update(
                            "INSERT INTO quiz_reviews (scope_id, member_id, card_id, phase, step, stability, difficulty,"
                                    + " due_at, last_review_at, book_id) VALUES (?, ?, ?, 1, 0, 1.0, 5.0, ?, ?, 'redis')",
                            scope,
                            MEMBER,
                            "due" + card,
                            due,
                            due - 1);
                }
            }
            return null;
        });
    }

    /** A card reviewed at {@code at}, due a week later. */
    private void reviewedAt(Instant at) {
        store.inTransaction(connection -> Sql.on(connection)
                .update(
                        "INSERT INTO quiz_reviews (scope_id, member_id, card_id, phase, step, stability, difficulty,"
                                + " due_at, last_review_at, book_id) VALUES (?, ?, ?, 1, 0, 1.0, 5.0, ?, ?, 'redis')",
                        SERVER,
                        MEMBER,
                        "seen" + at.toEpochMilli(),
                        at.plus(Duration.ofDays(7)).toEpochMilli(),
                        at.toEpochMilli()));
    }
}
