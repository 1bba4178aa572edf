package studybot.discord.round;

import static org.assertj.core.api.Assertions.assertThat;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.EPHEMERAL;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.WAIT;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.buttons;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.plainText;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import studybot.CompositionRoot;
import studybot.DiscordStudybot;
import studybot.dailytips.MutableClock;
import studybot.dailytips.discord.StudybotOnFakeDiscord;
import studybot.discord.DiscordBot;
import studybot.discord.connect.DiscordEndpoints;
import studybot.discord.fake.Failure;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.RecordedRequest;
import studybot.discord.fake.SentInteraction;
import studybot.discord.openapi.DiscordOpenApi;
import studybot.quiz.Question;
import studybot.quiz.review.ReviewStore;
import studybot.quiz.review.SqlReviewStore;
import studybot.round.RoundService;
import studybot.store.Store;
import studybot.store.Stores;
import studybot.testing.LogCapture;
import studybot.testing.Started;
import studybot.testing.StudybotExtension;

/**
 * {@code /round} end to end: the real JDA and the composition root's wiring (as {@code DiscordMode} uses it) against
 * the fake Discord, a real SQLite store, and a clock the test moves (the rounds' timer follows it). Three members play:
 * a right answer, a wrong one and a late one; the question message counts the answers through each click's own
 * response; the reveal edits it; the bot restarts between two questions and the round carries on; the scoreboard names
 * only who shares their name; every answer is a quiz review; every request passes the OpenAPI check.
 */
class RoundOnDiscordTest {

    /** The id of the seeds folder's book, which the fake server reads and its quiz data is kept under. */
    private static final String BOOK = "seeds";

    private static final int UPDATE_MESSAGE = 7;
    private static final Instant START = Instant.parse("2026-12-01T18:00:00Z");

    @RegisterExtension
    final StudybotExtension studybot = StudybotExtension.startingAt(START);

    @Started
    private StudybotOnFakeDiscord bot;

    @Started
    private FakeDiscord discord;

    @Started
    private MutableClock clock;

    @Test
    void threeMembersPlayARoundThatSurvivesARestart() throws Exception {
        bot.reply(discord.slashCommand("quiz")
                .subcommand("share")
                .option("visible", true)
                .by(Invoker.MEMBER));
        JsonNode started = bot.reply(discord.slashCommand("round")
                .subcommand("start")
                .option("questions", 2)
                .option("seconds", 10)
                .by(Invoker.OWNER));
        assertThat(started.path("flags").asInt() & EPHEMERAL)
                .as("the start is public")
                .isZero();
        assertThat(plainText(started)).contains("Round starting", "2 questions", "10 seconds");

        clock.advance(Duration.ofSeconds(3));
        JsonNode first = awaitPosted(1);
        assertThat(plainText(first))
                .contains(
                        "Question 1 of 2",
                        "Answers close <t:" + START.plusSeconds(13).getEpochSecond() + ":F> (<t:"
                                + START.plusSeconds(13).getEpochSecond() + ":R>)",
                        "0 answered");
        Question asked = asked(first);

        clock.advance(Duration.ofSeconds(2));
        SentInteraction right = discord.buttonClick(idOf(first, asked.rightChoice(), true))
                .onMessage(first)
                .by(Invoker.MEMBER)
                .send();
        JsonNode afterRight = discord.awaitCallback(right, WAIT).json();
        assertThat(afterRight.path("type").asInt())
                .as("the question message is updated")
                .isEqualTo(UPDATE_MESSAGE);
        assertThat(plainText(afterRight.path("data"))).contains("1 answered");
        JsonNode lockedIn = discord.awaitFollowup(right, WAIT).json();
        assertThat(lockedIn.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(plainText(lockedIn)).contains("Answer locked in", asked.rightChoice());

        clock.advance(Duration.ofSeconds(2));
        SentInteraction wrong = discord.buttonClick(idOf(first, asked.rightChoice(), false))
                .onMessage(first)
                .by(Invoker.ADMIN)
                .send();
        assertThat(plainText(discord.awaitCallback(wrong, WAIT).json().path("data")))
                .contains("2 answered");
        discord.awaitFollowup(wrong, WAIT);

        clock.advance(Duration.ofSeconds(7));
        JsonNode late = discord.awaitCallback(
                        discord.buttonClick(idOf(first, asked.rightChoice(), true))
                                .onMessage(first)
                                .by(Invoker.OWNER)
                                .send(),
                        WAIT)
                .json();
        assertThat(late.path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(plainText(late.path("data"))).contains("Time's up");

        clock.advance(Duration.ofSeconds(1));
        RecordedRequest reveal = discord.rest()
                .awaitRequest(
                        request -> request.is(
                                "PATCH",
                                "channels/" + discord.world().channelId() + "/messages/"
                                        + first.path("id").asText()),
                        WAIT);
        assertThat(plainText(reveal.json()))
                .contains(
                        "revealed",
                        "The answer: " + asked.rightChoice(),
                        "1 of 2 answers right.",
                        "Fastest: <@" + discord.world().userId(Invoker.MEMBER) + ">")
                .doesNotContain(discord.world().userId(Invoker.ADMIN));
        assertThat(buttons(reveal.json()).toList()).singleElement().satisfies(button -> {
            assertThat(button.path("label").asText())
                    .isEqualTo("Read " + asked.fact().section());
            assertThat(button.path("custom_id").asText())
                    .isEqualTo("open:" + asked.fact().section() + ":0");
        });

        bot.stopBot();
        clock.advance(Duration.ofSeconds(30));
        bot.startBot();

        assertThat(plainText(awaitPosted(2))).contains("Round resumed", "carries on from question 2 of 2");
        JsonNode second = awaitPosted(3);
        Question secondAsked = asked(second);
        clock.advance(Duration.ofSeconds(1));
        SentInteraction again = discord.buttonClick(idOf(second, secondAsked.rightChoice(), true))
                .onMessage(second)
                .by(Invoker.MEMBER)
                .send();
        discord.awaitFollowup(again, WAIT);
        clock.advance(Duration.ofSeconds(11));

        JsonNode board = awaitPosted(4);
        assertThat(plainText(board))
                .contains(
                        "Round over: scoreboard",
                        "All 2 questions asked.",
                        "1. <@" + discord.world().userId(Invoker.MEMBER) + "> — 2 points",
                        "2. a member who doesn't share their name — 0 points")
                .doesNotContain(
                        discord.world().userId(Invoker.ADMIN), discord.world().userId(Invoker.OWNER));
        assertThat(discord.rest().requests().matching(request -> request.is("PATCH", "channels/.*")))
                .as("one reveal edit per question, no stream of edits")
                .hasSize(2);

        ReviewStore reviews = new SqlReviewStore(bot.store());
        long guild = Long.parseLong(discord.world().guildId());
        assertThat(reviews.answers(guild, BOOK, userId(Invoker.MEMBER))).hasSize(2);
        assertThat(reviews.answers(guild, BOOK, userId(Invoker.ADMIN)))
                .singleElement()
                .satisfies(answer -> assertThat(answer.correct()).isFalse());
        assertThat(reviews.answers(guild, BOOK, userId(Invoker.OWNER))).isEmpty();
        DiscordOpenApi.assertAllConform(discord.rest().requests().all());
    }

    @Test
    void aRoundRunsInAThreadTheBotLearnsOfWhileConnectedAndFindsAgainAfterARestart() throws Exception {
        discord.grantBotThreads();
        String thread = discord.openThread("Quiz night");
        JsonNode started = bot.reply(discord.slashCommand("round")
                .subcommand("start")
                .option("questions", 2)
                .option("seconds", 10)
                .by(Invoker.OWNER)
                .inThread(thread));
        assertThat(plainText(started)).contains("Round starting", "2 questions");

        clock.advance(Duration.ofSeconds(3));
        JsonNode first = awaitPosted(1);
        assertThat(first.path("channel_id").asText()).as("asked in the thread").isEqualTo(thread);
        Question asked = asked(first);
        SentInteraction right = discord.buttonClick(idOf(first, asked.rightChoice(), true))
                .onMessage(first)
                .by(Invoker.MEMBER)
                .inThread(thread)
                .send();
        assertThat(plainText(discord.awaitFollowup(right, WAIT).json())).contains("Answer locked in");
        clock.advance(Duration.ofSeconds(11));
        RecordedRequest reveal = discord.rest()
                .awaitRequest(
                        request -> request.is(
                                "PATCH",
                                "channels/" + thread + "/messages/"
                                        + first.path("id").asText()),
                        WAIT);
        assertThat(plainText(reveal.json())).contains("1 of 1 answer right");

        bot.stopBot();
        clock.advance(Duration.ofSeconds(30));
        bot.startBot();

        assertThat(plainText(awaitPosted(2))).contains("Round resumed", "carries on from question 2 of 2");
        JsonNode second = awaitPosted(3);
        assertThat(second.path("channel_id").asText()).isEqualTo(thread);
        clock.advance(Duration.ofSeconds(11));
        JsonNode board = awaitPosted(4);
        assertThat(board.path("channel_id").asText()).isEqualTo(thread);
        assertThat(plainText(board)).contains("Round over: scoreboard", "— 1 point");
        assertThat(discord.rest().createdMessages())
                .extracting(message -> message.path("channel_id").asText())
                .as("nothing went to the thread's channel")
                .containsOnly(thread);
        DiscordOpenApi.assertAllConform(discord.rest().requests().all());
    }

    @Test
    void aRoundGoesOnInAThreadArchivedMidRoundAndWhileTheBotWasAway() throws Exception {
        discord.grantBotThreads();
        String thread = discord.openThread("Quiz night");
        bot.reply(discord.slashCommand("round")
                .subcommand("start")
                .option("questions", 2)
                .option("seconds", 10)
                .by(Invoker.OWNER)
                .inThread(thread));
        clock.advance(Duration.ofSeconds(3));
        JsonNode first = awaitPosted(1);

        discord.rest().archiveThread(thread);
        clock.advance(Duration.ofSeconds(11));
        RecordedRequest reveal = discord.rest()
                .awaitRequest(
                        request -> request.is(
                                        "PATCH",
                                        "channels/" + thread + "/messages/"
                                                + first.path("id").asText())
                                && request.status() == 200,
                        WAIT);
        assertThat(plainText(reveal.json())).contains("Question 1 of 2", "revealed");
        assertThat(discord.rest().threadArchived(thread))
                .as("studybot reopened the thread")
                .isFalse();
        clock.advance(Duration.ofSeconds(5));
        assertThat(plainText(awaitPosted(2))).contains("Question 2 of 2");

        discord.rest().archiveThread(thread);
        bot.stopBot();
        clock.advance(Duration.ofSeconds(30));
        bot.startBot();

        JsonNode board = discord.rest()
                .awaitRequest(
                        request -> request.is("POST", "channels/\\d+/messages")
                                && plainText(request.json()).contains("Round over"),
                        WAIT)
                .json();
        assertThat(plainText(board))
                .contains("Round over: scoreboard", "All 2 questions asked.")
                .doesNotContain("Discord did not take");
        assertThat(discord.rest().createdMessages())
                .extracting(message -> message.path("channel_id").asText())
                .containsOnly(thread);
        assertThat(discord.rest().requests().matching(request -> request.is("PATCH", "channels/.*/messages/.*")))
                .extracting(RecordedRequest::status)
                .as("each question revealed, none refused for good")
                .filteredOn(status -> status == 200)
                .hasSize(2);
        DiscordOpenApi.assertAllConform(discord.rest().requests().all());
    }

    @Test
    void aRevealRefusedAsInAnArchivedThreadUnarchivesItAndIsSentAgain() {
        discord.grantBotThreads();
        String thread = discord.openThread("Quiz night");
        bot.reply(discord.slashCommand("round")
                .subcommand("start")
                .option("questions", 1)
                .option("seconds", 10)
                .by(Invoker.OWNER)
                .inThread(thread));
        clock.advance(Duration.ofSeconds(3));
        JsonNode question = awaitPosted(1);
        discord.rest().failNext("PATCH", "channels/\\d+/messages/\\d+", 1, Failure.threadArchived());

        clock.advance(Duration.ofSeconds(11));
        String revealPath =
                "channels/" + thread + "/messages/" + question.path("id").asText();
        discord.rest().requests().awaitCount(request -> request.is("PATCH", revealPath), 2, WAIT);
        assertThat(discord.rest().requests().matching(request -> request.is("PATCH", "channels/.*")))
                .extracting(request -> request.path() + " " + request.status())
                .as("the edit refused as archived, the thread unarchived, the edit again")
                .containsExactly(revealPath + " 400", "channels/" + thread + " 200", revealPath + " 200");
        assertThat(plainText(awaitPosted(2))).contains("Round over: scoreboard", "one question has been asked");
        DiscordOpenApi.assertAllConform(discord.rest().requests().all());
    }

    @Test
    void aRoundMayStartInAThreadOfTheChannelRoundsAreLimitedTo() {
        discord.grantBotThreads();
        bot.reply(discord.slashCommand("round")
                .subcommand("limit")
                .option("channel", discord.world().channelId())
                .by(Invoker.ADMIN));
        String thread = discord.openThread("Quiz night");
        JsonNode started = bot.reply(discord.slashCommand("round")
                .subcommand("start")
                .by(Invoker.MEMBER)
                .inThread(thread));
        assertThat(started.path("flags").asInt() & EPHEMERAL)
                .as("started for everyone in the thread")
                .isZero();
        assertThat(plainText(started)).contains("Round starting");
        DiscordOpenApi.assertAllConform(discord.rest().requests().all());
    }

    @Test
    void aSecondProcessOnTheSameStoreLeavesTheRoundToTheFirstAndNothingIsSentTwice() throws Exception {
        bot.reply(discord.slashCommand("round")
                .subcommand("start")
                .option("questions", 2)
                .option("seconds", 10)
                .by(Invoker.OWNER));
        clock.advance(Duration.ofSeconds(3));
        assertThat(plainText(awaitPosted(1))).contains("Question 1 of 2");

        Store secondStore =
                Stores.open(bot.config().store(), bot.config().dataFolder(), Map.of(), CompositionRoot.tables(), clock);
        DiscordBot second = null;
        try {
            DiscordStudybot wired = CompositionRoot.onDiscord(bot.config(), secondStore, clock);
            wired.studybot().loadBook();
            second = wired.connect(DiscordEndpoints.fromEnvironment(discord.environment()));
            assertThat(second.awaitReady(WAIT)).isTrue();

            clock.advance(Duration.ofSeconds(11));
            discord.rest().requests().awaitCount(request -> request.is("PATCH", "channels/.*"), 1, WAIT);
            clock.advance(Duration.ofSeconds(5));
            assertThat(plainText(awaitPosted(2))).contains("Question 2 of 2");
            clock.advance(Duration.ofSeconds(11));
            assertThat(plainText(awaitPosted(3))).contains("Round over: scoreboard");
            Thread.sleep(Duration.ofSeconds(1).toMillis());
        } finally {
            if (second != null) {
                second.shutdown(WAIT);
            }
            secondStore.close();
        }
        assertThat(discord.rest().createdMessages())
                .extracting(message -> plainText(message).lines().findFirst().orElseThrow())
                .as("nothing restarted, so no \"Round resumed\"")
                .containsExactly("Question 1 of 2", "Question 2 of 2", "Round over: scoreboard");
        assertThat(discord.rest().requests().matching(request -> request.is("POST", "channels/\\d+/messages")))
                .as("each message sent once")
                .hasSize(3);
        assertThat(discord.rest().requests().matching(request -> request.is("PATCH", "channels/.*")))
                .as("each question revealed once")
                .hasSize(2);
    }

    @Test
    void badInputGetsAClearPrivateAnswer() {
        JsonNode direct =
                bot.reply(discord.slashCommand("round").subcommand("start").inDirectMessage());
        assertThat(direct.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(plainText(direct)).contains("works only in a server");
        JsonNode tooMany = bot.reply(discord.slashCommand("round")
                .subcommand("start")
                .option("questions", 1000)
                .by(Invoker.MEMBER));
        assertThat(plainText(tooMany)).contains("must be from 1 to 20");
        JsonNode forged = discord.awaitCallback(
                        discord.buttonClick("round:a:zz:0:12345678")
                                .by(Invoker.MEMBER)
                                .send(),
                        WAIT)
                .json()
                .path("data");
        assertThat(forged.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(plainText(forged)).contains("belongs to no round of this channel");

        JsonNode limited = bot.reply(discord.slashCommand("round")
                .subcommand("limit")
                .option("channel", "300000000000000077")
                .by(Invoker.ADMIN));
        assertThat(limited.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(plainText(limited)).contains("only in <#300000000000000077>");
        JsonNode excluded =
                bot.reply(discord.slashCommand("round").subcommand("start").by(Invoker.MEMBER));
        assertThat(excluded.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(plainText(excluded)).contains("This server has rounds only in <#300000000000000077>");
        assertThat(discord.rest().createdMessages()).as("no round was posted").isEmpty();
        DiscordOpenApi.assertAllConform(discord.rest().requests().all());
    }

    @Test
    void aServerErrorOnAQuestionIsSentAgainWithTheSameNonce() {
        discord.rest().failNext("POST", "channels/\\d+/messages", 1, Failure.serverError(500));
        bot.reply(discord.slashCommand("round")
                .subcommand("start")
                .option("questions", 1)
                .option("seconds", 10)
                .by(Invoker.OWNER));
        clock.advance(Duration.ofSeconds(3));

        discord.rest().requests().awaitCount(request -> request.is("POST", "channels/\\d+/messages"), 2, WAIT);
        List<RecordedRequest> posts =
                discord.rest().requests().matching(request -> request.is("POST", "channels/\\d+/messages"));
        assertThat(posts).extracting(RecordedRequest::status).containsExactly(500, 200);
        assertThat(posts.get(1).json().path("nonce").asText())
                .isEqualTo(posts.get(0).json().path("nonce").asText());
        assertThat(discord.rest().createdMessages())
                .singleElement()
                .satisfies(question -> assertThat(plainText(question)).contains("Question 1 of 1"));
    }

    @Test
    void aRoundInAThreadWhereTheBotMayNotSendInThreadsTellsItsStarterWhichPermissionItNeeds() {
        String thread = discord.openThread("Quiz night");
        try (LogCapture logs = LogCapture.of(RoundService.class)) {
            SentInteraction start = discord.slashCommand("round")
                    .subcommand("start")
                    .option("questions", 1)
                    .option("seconds", 10)
                    .by(Invoker.OWNER)
                    .inThread(thread)
                    .send();
            discord.awaitCallback(start, WAIT);
            clock.advance(Duration.ofSeconds(3));

            JsonNode told = discord.awaitFollowup(start, WAIT).json();
            assertThat(told.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
            assertThat(plainText(told)).contains("may not post in this channel", "to send messages in threads");
            assertThat(logs.messages(Level.WARN))
                    .singleElement()
                    .satisfies(line -> assertThat(line).contains("ends: could not post question 1"));
        }
        assertThat(discord.rest().createdMessages()).isEmpty();
    }

    @Test
    void aRoundWhoseFirstQuestionTheChannelRefusesTellsItsStarterPrivatelyAndLeavesNoWait() {
        discord.rest().failNext("POST", "channels/\\d+/messages", 1, Failure.missingPermissions());
        try (LogCapture logs = LogCapture.of(RoundService.class)) {
            SentInteraction start = discord.slashCommand("round")
                    .subcommand("start")
                    .option("questions", 2)
                    .option("seconds", 10)
                    .by(Invoker.OWNER)
                    .send();
            discord.awaitCallback(start, WAIT);
            clock.advance(Duration.ofSeconds(3));

            JsonNode told = discord.awaitFollowup(start, WAIT).json();
            assertThat(told.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
            assertThat(plainText(told)).contains("Your round could not start: studybot may not post in this channel");
            assertThat(logs.messages(Level.WARN))
                    .singleElement()
                    .satisfies(line -> assertThat(line).contains("ends: could not post question 1", "50013"));
        }
        assertThat(discord.rest().requests().matching(request -> request.is("POST", "channels/\\d+/messages")))
                .as("a refusal is not tried again")
                .hasSize(1);
        assertThat(plainText(bot.reply(
                        discord.slashCommand("round").subcommand("start").by(Invoker.OWNER))))
                .as("a round that asked nothing leaves its channel no wait")
                .contains("Round starting");
    }

    /** The {@code count}th message the bot posted in the channel outside interactions. */
    private JsonNode awaitPosted(int count) {
        discord.rest().requests().awaitCount(request -> request.is("POST", "channels/\\d+/messages"), count, WAIT);
        return discord.rest().createdMessages().get(count - 1);
    }

    private long userId(Invoker invoker) {
        return Long.parseLong(discord.world().userId(invoker));
    }

    private Question asked(JsonNode message) {
        List<String> labels =
                buttons(message).map(button -> button.path("label").asText()).toList();
        String description = plainText(message);
        return bot.book().get().quiz().all().stream()
                .filter(card -> card.choices().equals(labels))
                .filter(card -> description.contains(card.prompt()))
                .findFirst()
                .orElseThrow();
    }

    private static String idOf(JsonNode message, String answer, boolean right) {
        return buttons(message)
                .filter(button -> button.path("label").asText().equals(answer) == right)
                .findFirst()
                .orElseThrow()
                .path("custom_id")
                .asText();
    }
}
