package studybot.remind.command;

import static org.assertj.core.api.Assertions.assertThat;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.EPHEMERAL;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.WAIT;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.customIds;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import studybot.dailytips.MutableClock;
import studybot.dailytips.discord.StudybotOnFakeDiscord;
import studybot.discord.fake.Failure;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.RecordedRequest;
import studybot.discord.openapi.DiscordOpenApi;
import studybot.posting.Nonces;
import studybot.remind.ReminderPoster;
import studybot.remind.Reminders;
import studybot.store.Sql;
import studybot.testing.LogCapture;
import studybot.testing.Started;
import studybot.testing.StudybotExtension;

/**
 * Reminders end to end: the real JDA and wiring against the fake Discord, a SQLite store and a clock the test moves. A
 * member with reviews due in the server turns reminders on there (a test DM arrives at once), gets one DM at 19:00
 * Berlin time, none more across a restart, the next day's the next day, and answers from the DM's "Start" in the
 * server's place; a member whose DMs are closed is paused after one request and never retried.
 */
class RemindOnDiscordTest {

    /** Monday 7 December 2026, 18:00 in Berlin (CET, UTC+1). */
    private static final Instant START = Instant.parse("2026-12-07T17:00:00Z");

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    /** Long enough for the reminder scheduler, which checks every second in tests, to run a few passes. */
    private static final Duration PASSES = Duration.ofMillis(2_500);

    @RegisterExtension
    @Order(1)
    final LogCapture log = LogCapture.of(ReminderPoster.class, Reminders.class);

    @RegisterExtension
    final StudybotExtension studybot = StudybotExtension.startingAt(START);

    @Started
    private StudybotOnFakeDiscord bot;

    @Started
    private FakeDiscord discord;

    @Started
    private MutableClock clock;

    @Test
    void oneReminderADayAcrossARestartAndStartAnswersInTheServer() throws Exception {
        String cardId = dueCardInServer();
        JsonNode on = bot.reply(discord.slashCommand("remind")
                .subcommand("on")
                .option("time", "19:00")
                .option("timezone", "Europe/Berlin")
                .by(Invoker.MEMBER));
        assertThat(on.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(text(on)).contains("19:00 (Europe/Berlin)").contains("A test DM just arrived");
        RecordedRequest opened = discord.rest().awaitRequest(request -> request.at("POST", "users/@me/channels"), WAIT);
        assertThat(opened.json().path("recipient_id").asText())
                .isEqualTo(discord.world().memberId());
        assertThat(discord.rest().requests().matching(dms()))
                .singleElement()
                .satisfies(test -> assertThat(text(test.json())).contains("1 review due in"));

        clock.advance(Duration.ofMinutes(61));
        RecordedRequest monday = discord.rest().awaitRequest(reminder(MONDAY), WAIT);
        assertThat(text(monday.json())).contains("1 review due in");
        assertThat(monday.json().path("enforce_nonce").asBoolean()).isTrue();

        bot.stopBot();
        clock.advance(Duration.ofHours(2));
        bot.startBot();
        clock.set(Instant.parse("2026-12-08T18:00:00Z"));
        discord.rest().awaitRequest(reminder(MONDAY.plusDays(1)), WAIT);

        assertThat(discord.rest().requests().matching(reminder(MONDAY))).hasSize(1);
        assertThat(discord.rest().requests().matching(dms()))
                .as("the test, Monday's and Tuesday's")
                .hasSize(3);
        assertThat(discord.rest().requests().matching(request -> request.at("POST", "users/@me/channels")))
                .as("the DM channel is kept across the restart: one request per reminder")
                .hasSize(1);
        DiscordOpenApi.assertAllConform(discord.rest().requests().all());

        String start = customIds(monday.json()).stream()
                .filter(id -> id.startsWith("remind:go:"))
                .findFirst()
                .orElseThrow();
        JsonNode question =
                bot.reply(discord.buttonClick(start).inDirectMessage().by(Invoker.MEMBER));
        List<String> answers = customIds(question).stream()
                .filter(id -> id.startsWith("remind:q:s"))
                .toList();
        assertThat(answers).as("the due card's answers, counted in the server").isNotEmpty();
        assertThat(answers.get(0)).contains(cardId);
        JsonNode verdict =
                bot.reply(discord.buttonClick(answers.get(0)).inDirectMessage().by(Invoker.MEMBER));
        assertThat(text(verdict)).doesNotContain("isn't valid");
        assertThat(answersInServer()).isEqualTo(1);

        JsonNode snoozed = bot.reply(discord.buttonClick("remind:snooze:"
                        + Long.toString(Long.parseLong(discord.world().memberId()), 36))
                .inDirectMessage()
                .by(Invoker.MEMBER));
        assertThat(text(snoozed)).contains("I'll remind you again");
        JsonNode forged = bot.reply(discord.buttonClick("remind:stop:" + Long.toString(12345, 36))
                .inDirectMessage()
                .by(Invoker.MEMBER));
        assertThat(text(forged)).contains("isn't one of your reminders");
        JsonNode status =
                bot.reply(discord.slashCommand("remind").subcommand("status").by(Invoker.MEMBER));
        assertThat(text(status)).contains("On.").contains("Last reminder: Dec 8, 2026");
    }

    @Test
    void closedDmsPauseTheReminderAfterOneRequestAndStatusSaysWhy() throws InterruptedException {
        dueCardInServer();
        discord.rest()
                .failNext(
                        "POST",
                        "channels/" + discord.world().dmChannelId() + "/messages",
                        100,
                        Failure.cannotSendToUser());

        JsonNode on = bot.reply(discord.slashCommand("remind")
                .subcommand("on")
                .option("time", "19:00")
                .option("timezone", "Europe/Berlin")
                .by(Invoker.MEMBER));
        assertThat(text(on)).contains("couldn't DM you").contains("paused");

        clock.advance(Duration.ofHours(2));
        Thread.sleep(PASSES.toMillis());
        clock.advance(Duration.ofDays(1));
        Thread.sleep(PASSES.toMillis());
        JsonNode status =
                bot.reply(discord.slashCommand("remind").subcommand("status").by(Invoker.MEMBER));
        assertThat(text(status)).contains("Paused: Discord refused my last DM");
        assertThat(discord.rest().requests().matching(dms())).as("no retries").hasSize(1);
    }

    /** Java names the zero offset "Z"; a reminder that took it by default (the server set no zone) reads "UTC". */
    @Test
    void aReminderWithoutAZoneInAServerWithoutOneSaysUtc() {
        JsonNode on = bot.reply(discord.slashCommand("remind")
                .subcommand("on")
                .option("time", "19:00")
                .by(Invoker.MEMBER));
        assertThat(text(on)).contains("19:00 (UTC)").doesNotContain("(Z)");
        RecordedRequest test = discord.rest().awaitRequest(dms(), WAIT);
        assertThat(test.json()
                        .path("embeds")
                        .path(0)
                        .path("footer")
                        .path("text")
                        .asText())
                .contains("19:00 (UTC)");
        JsonNode status =
                bot.reply(discord.slashCommand("remind").subcommand("status").by(Invoker.MEMBER));
        assertThat(text(status)).contains("19:00 (UTC)").doesNotContain("(Z)");
    }

    @Test
    void aBadTimeOrZoneIsRefusedAndZonesAreCompleted() {
        JsonNode time = bot.reply(discord.slashCommand("remind")
                .subcommand("on")
                .option("time", "25:99")
                .by(Invoker.MEMBER));
        assertThat(text(time)).contains("25:99");
        JsonNode zone = bot.reply(discord.slashCommand("remind")
                .subcommand("on")
                .option("timezone", "Mars/Olympus")
                .by(Invoker.MEMBER));
        assertThat(text(zone)).contains("Mars/Olympus");
        assertThat(discord.rest().requests().matching(dms())).isEmpty();

        JsonNode choices = discord.awaitCallback(
                        discord.autocomplete("remind")
                                .subcommand("on")
                                .focus("timezone", "berl")
                                .by(Invoker.MEMBER)
                                .send(),
                        WAIT)
                .json()
                .path("data")
                .path("choices");
        assertThat(choices.findValuesAsText("value")).contains("Europe/Berlin");
    }

    private Predicate<RecordedRequest> dms() {
        return request -> request.at("POST", "channels/" + discord.world().dmChannelId() + "/messages");
    }

    private Predicate<RecordedRequest> reminder(LocalDate date) {
        String nonce = Nonces.reminder(Long.parseLong(discord.world().memberId()), date, 0);
        return request ->
                dms().test(request) && request.json().path("nonce").asText().equals(nonce);
    }

    /** The first card of the book, answered by the member in the server a week ago and due since yesterday. */
    private String dueCardInServer() {
        String cardId = bot.book().get().quiz().all().get(0).cardId();
        long due = START.minus(Duration.ofDays(1)).toEpochMilli();
        bot.store()
                .inTransaction(connection -> Sql.on(connection)
                        .update(
                                "INSERT INTO quiz_reviews (scope_id, member_id, card_id, phase, step, stability,"
                                        + " difficulty, due_at, last_review_at, book_id)"
                                        + " VALUES (?, ?, ?, 1, 0, 1.0, 5.0, ?, ?, 'seeds')",
                                Long.parseLong(discord.world().guildId()),
                                Long.parseLong(discord.world().memberId()),
                                cardId,
                                due,
                                due - Duration.ofDays(6).toMillis()));
        return cardId;
    }

    private int answersInServer() {
        return bot.store()
                .inTransaction(connection -> Sql.on(connection)
                        .query(
                                "SELECT COUNT(*) FROM quiz_answers WHERE scope_id = ? AND member_id = ?",
                                Long.parseLong(discord.world().guildId()),
                                Long.parseLong(discord.world().memberId()))
                        .one(row -> row.getInt(1)));
    }
}
