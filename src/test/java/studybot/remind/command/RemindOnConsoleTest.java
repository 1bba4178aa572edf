package studybot.remind.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.OfflineStudybot;
import studybot.command.Asker;
import studybot.command.CommandRegistry;
import studybot.command.Place;
import studybot.config.ConfigLoader;
import studybot.remind.ReminderStatus;
import studybot.remind.SqlReminderStore;
import studybot.reply.Reply;
import studybot.store.Sql;
import studybot.store.StoreHealth;
import studybot.testing.LogCapture;
import studybot.testing.TestConfig;

/**
 * {@code /remind} in the offline console, which sends no DM: turning it on shows what would be sent and when; and the
 * quiz's one-time line once reminders stopped for lack of reviews.
 */
class RemindOnConsoleTest {

    /** Monday 7 December 2026, 18:00 in Berlin. */
    private static final Instant NOW = Instant.parse("2026-12-07T17:00:00Z");

    private static final Asker YOU = Asker.console("you");

    @TempDir
    Path temp;

    private OfflineStudybot offline;
    private CommandRegistry registry;

    @BeforeEach
    void start() throws Exception {
        offline = OfflineStudybot.load(new ConfigLoader().load(TestConfig.in(temp)), Clock.fixed(NOW, ZoneOffset.UTC));
        registry = offline.studybot().registry();
    }

    @AfterEach
    void stop() {
        offline.close();
    }

    @Test
    void onShowsWhatWouldBeSentAndWhenWithoutSendingIt() {
        dueCard();
        Reply on = registry.answer(YOU, "remind", "on", Map.of("time", "19:00", "timezone", "Europe/Berlin"));

        assertThat(on.kind()).isEqualTo(Reply.Kind.CONTENT);
        String text = on.text().plainText();
        assertThat(text)
                .contains("At 19:00 (Europe/Berlin), for your reviews in the console. On.")
                .contains("1 review due in AWS and Python Data Stores")
                .contains("The console sends no DM");
        assertThat(text).contains("Next: Dec 7, 2026");

        Reply off = registry.answer(YOU, "remind", "off", Map.of());
        assertThat(off.text().plainText()).contains("No more reminders");
        assertThat(registry.answer(YOU, "remind", "status", Map.of()).text().plainText())
                .contains("Off");
    }

    /**
     * Hostile audit F2: with a store that cannot write, {@code /remind on} says nothing was changed (it used to fail as
     * "went wrong on our side" with a stack trace) and keeps no reminder.
     */
    @Test
    void onWithAStoreThatCannotWriteSaysNothingWasChanged() {
        Reply on;
        try (LogCapture log = LogCapture.of(StoreHealth.class)) {
            queryOnly(true); // after the capture starts: a background write at startup may meet the refusal first
            on = registry.answer(YOU, "remind", "on", Map.of("time", "19:00", "timezone", "Europe/Berlin"));
            await().untilAsserted(() -> assertThat(log.messages(Level.ERROR))
                    .singleElement()
                    .asString()
                    .contains("cannot be written"));
        } finally {
            queryOnly(false);
        }

        assertThat(on.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(on.text().plainText()).startsWith("Nothing was changed: studybot cannot write its store right now.");
        assertThat(new SqlReminderStore(offline.store()).find(Asker.CONSOLE_USER))
                .isEmpty();
    }

    @Test
    void theNextQuizSaysOnceThatRemindersStopped() {
        registry.answer(YOU, "remind", "on", Map.of("time", "19:00"));
        SqlReminderStore reminders = new SqlReminderStore(offline.store());
        long revision = reminders.find(Asker.CONSOLE_USER).orElseThrow().revision();
        assertThat(reminders.stop(Asker.CONSOLE_USER, revision, ReminderStatus.IDLE, true, NOW))
                .isTrue();

        assertThat(registry.answer(YOU, "quiz", "next", Map.of()).text().plainText())
                .startsWith("Your review reminders stopped after 5 days without a review");
        assertThat(registry.answer(YOU, "quiz", "next", Map.of()).text().plainText())
                .doesNotContain("reminders stopped");
        assertThat(registry.answer(YOU, "remind", "status", Map.of()).text().plainText())
                .contains("Stopped after 5 days without a review");
    }

    @Test
    void answersInTheMembersLanguage() {
        dueCard();
        Asker german = YOU.speaking(Locale.GERMAN, Locale.GERMAN);

        assertThat(registry.answer(german, "remind", "status", Map.of()).text().plainText())
                .startsWith("Du hast keine Erinnerungen.");
        Reply on = registry.answer(german, "remind", "on", Map.of("time", "19:00", "timezone", "Europe/Berlin"));
        assertThat(on.text().plainText())
                .contains("Um 19:00 (Europe/Berlin), für deine Wiederholungen in der Konsole. An.")
                .contains("1 Wiederholung fällig in");
    }

    @Test
    void aBadTimeOrZoneIsExplainedInTheMembersLanguage() {
        Asker german = YOU.speaking(Locale.GERMAN, Locale.GERMAN);

        assertThat(registry.answer(german, "remind", "on", Map.of("time", "7pm"))
                        .text()
                        .plainText())
                .startsWith("„7pm“ ist keine Uhrzeit, die studybot versteht.");
        assertThat(registry.answer(german, "remind", "on", Map.of("timezone", "Mars/Olympus"))
                        .text()
                        .plainText())
                .startsWith("„Mars/Olympus“ ist keine Zeitzone, die studybot kennt.");
        assertThat(registry.answer(YOU, "remind", "on", Map.of("time", "7pm"))
                        .text()
                        .plainText())
                .startsWith("\"7pm\" is not a time studybot understands.");
    }

    /** A card the console's user answered a week ago, due since yesterday. */
    private void dueCard() {
        String cardId = offline.studybot().book().get().quiz().all().get(0).cardId();
        long due = NOW.minus(Duration.ofDays(1)).toEpochMilli();
        offline.store()
                .inTransaction(connection -> Sql.on(connection)
                        .update(
                                "INSERT INTO quiz_reviews (scope_id, member_id, card_id, phase, step, stability,"
                                        + " difficulty, due_at, last_review_at, book_id)"
                                        + " VALUES (?, ?, ?, 1, 0, 1.0, 5.0, ?, ?, 'seeds')",
                                Place.console().storageKey(),
                                Asker.CONSOLE_USER,
                                cardId,
                                due,
                                due - Duration.ofDays(6).toMillis()));
    }

    /** SQLite's own read-only mode on the bot's one connection: writes fail with SQLITE_READONLY, as on a full disk. */
    private void queryOnly(boolean on) {
        offline.store().inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.execute("PRAGMA query_only = " + (on ? 1 : 0));
            }
        });
    }
}
