package studybot.quiz.command;

import static org.assertj.core.api.Assertions.assertThat;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.EPHEMERAL;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.WAIT;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.buttons;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.messageIdAt;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.plainText;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.unescaped;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import studybot.dailytips.MutableClock;
import studybot.dailytips.discord.StudybotOnFakeDiscord;
import studybot.discord.fake.DiscordPayloads;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.InteractionBuilder;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.SentInteraction;
import studybot.discord.openapi.DiscordOpenApi;
import studybot.fsrs.CardMemory;
import studybot.quiz.Question;
import studybot.quiz.review.ReviewStore;
import studybot.quiz.review.SqlReviewStore;
import studybot.testing.Started;
import studybot.testing.StudybotExtension;

/**
 * {@code /quiz} end to end: the real JDA and wiring (as {@code DiscordMode} does it) against the fake Discord, a real
 * SQLite store in a temp data folder, and a clock the test moves. One member asks; two members answer the same question
 * message, one right and one wrong; each gets a reply only they can see; the bot restarts; their stats and their next
 * reviews follow from their own answers.
 */
class QuizOnDiscordTest {

    /** The id of the seeds folder's book, which the fake server reads and its quiz data is kept under. */
    private static final String BOOK = "seeds";

    private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");

    @RegisterExtension
    final StudybotExtension studybot = StudybotExtension.startingAt(START);

    @Started
    private StudybotOnFakeDiscord bot;

    @Started
    private FakeDiscord discord;

    @Started
    private MutableClock clock;

    @Test
    void twoMembersAnswerOneQuestionPrivatelyAndTheirSchedulesSurviveARestart() throws Exception {
        JsonNode question =
                bot.reply(discord.slashCommand("quiz").subcommand("next").by(Invoker.MEMBER));
        assertThat(question.path("flags").asInt() & EPHEMERAL)
                .as("the question is public")
                .isZero();
        List<JsonNode> buttons = buttons(question).toList();
        assertThat(buttons)
                .hasSize(4)
                .allSatisfy(button -> assertThat(button.path("custom_id").asText())
                        .startsWith("quiz:a:")
                        .hasSizeLessThanOrEqualTo(100));
        String cardId = buttons.get(0).path("custom_id").asText().split(":")[2];
        Question asked = bot.book().get().quiz().find(cardId).orElseThrow();
        String right = idOf(buttons, asked.rightChoice(), true);
        String wrong = idOf(buttons, asked.rightChoice(), false);
        JsonNode message = DiscordPayloads.botMessage(
                discord.world(), messageIdAt(clock.instant()), discord.world().channelId(), question, true);

        clock.advance(Duration.ofSeconds(6));
        SentInteraction memberClick =
                discord.buttonClick(right).onMessage(message).by(Invoker.MEMBER).send();
        JsonNode afterMember = discord.awaitCallback(memberClick, WAIT).json();
        JsonNode memberVerdict = discord.awaitFollowup(memberClick, WAIT).json();
        SentInteraction ownerClick =
                discord.buttonClick(wrong).onMessage(message).by(Invoker.OWNER).send();
        JsonNode afterOwner = discord.awaitCallback(ownerClick, WAIT).json();
        JsonNode ownerVerdict = discord.awaitFollowup(ownerClick, WAIT).json();
        JsonNode doubleClick =
                verdict(discord.buttonClick(wrong).onMessage(message).by(Invoker.MEMBER));

        assertThat(afterMember.path("type").asInt())
                .as("the question message is updated")
                .isEqualTo(7);
        assertThat(plainText(afterMember.path("data")))
                .contains(unescaped(asked.prompt()))
                .contains("1 member answered.")
                .doesNotContain(discord.world().userId(Invoker.MEMBER));
        assertThat(plainText(afterOwner.path("data")))
                .contains("2 members answered.")
                .doesNotContain(discord.world().userId(Invoker.OWNER));
        assertThat(buttons(afterOwner.path("data")).toList())
                .extracting(button -> button.path("custom_id").asText())
                .containsExactlyElementsOf(buttons.stream()
                        .map(button -> button.path("custom_id").asText())
                        .toList());
        assertThat(List.of(memberVerdict, ownerVerdict, doubleClick))
                .allSatisfy(verdict ->
                        assertThat(verdict.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL));
        assertThat(plainText(memberVerdict))
                .startsWith("Right!")
                .contains(unescaped(asked.fact().text()));
        assertThat(plainText(ownerVerdict)).startsWith("Not quite").contains("The answer is");
        assertThat(plainText(doubleClick)).startsWith("Already answered");
        assertThat(buttons(memberVerdict).toList())
                .extracting(button -> button.path("custom_id").asText())
                .contains("open:" + asked.fact().section() + ":0", "quiz:next");
        assertThat(buttons(memberVerdict).toList())
                .extracting(button -> button.path("label").asText())
                .contains("Read " + asked.fact().section());

        bot.stopBot();
        clock.advance(Duration.ofMinutes(2));
        bot.startBot();

        long guild = Long.parseLong(discord.world().guildId());
        ReviewStore reviews = new SqlReviewStore(bot.store());
        CardMemory member = reviews.review(guild, BOOK, userId(Invoker.MEMBER), cardId)
                .orElseThrow()
                .memory();
        CardMemory owner = reviews.review(guild, BOOK, userId(Invoker.OWNER), cardId)
                .orElseThrow()
                .memory();
        assertThat(owner.due()).isEqualTo(START.plusSeconds(6).plus(Duration.ofMinutes(1)));
        assertThat(member.due()).isAfter(clock.instant().plus(Duration.ofDays(1)));

        assertThat(plainText(bot.reply(
                        discord.slashCommand("quiz").subcommand("stats").by(Invoker.MEMBER))))
                .contains("Answered: 1")
                .contains("Accuracy: 100% (1 right)")
                .contains("Streak: 1 day")
                .contains("Reviews due today: 0");
        JsonNode ownerStats =
                bot.reply(discord.slashCommand("quiz").subcommand("stats").by(Invoker.OWNER));
        assertThat(ownerStats.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(plainText(ownerStats))
                .contains("Answered: 1")
                .contains("Accuracy: 0% (0 right)")
                .contains("Reviews due today: 1");

        JsonNode ownerNext =
                bot.reply(discord.slashCommand("quiz").subcommand("next").by(Invoker.OWNER));
        assertThat(buttons(ownerNext).toList().get(0).path("custom_id").asText())
                .contains(cardId);
        assertThat(plainText(ownerNext)).contains("A review that is due.");
        JsonNode memberNext =
                bot.reply(discord.slashCommand("quiz").subcommand("next").by(Invoker.MEMBER));
        assertThat(buttons(memberNext).toList().get(0).path("custom_id").asText())
                .doesNotContain(cardId);
        assertThat(plainText(memberNext)).contains("A new question.");

        JsonNode again = verdict(discord.buttonClick(right).onMessage(message).by(Invoker.MEMBER));
        assertThat(plainText(again)).startsWith("Already answered");
        assertThat(reviews.answers(guild, BOOK, userId(Invoker.MEMBER))).hasSize(1);
        DiscordOpenApi.assertAllConform(discord.rest().requests().all());
    }

    @Test
    void anAnswerClickTheGatewayDeliversAgainIsAnsweredAndCountedOnce() throws Exception {
        JsonNode question =
                bot.reply(discord.slashCommand("quiz").subcommand("next").by(Invoker.MEMBER));
        String cardId = buttons(question)
                .findFirst()
                .orElseThrow()
                .path("custom_id")
                .asText()
                .split(":")[2];
        Question asked = bot.book().get().quiz().find(cardId).orElseThrow();
        String right = buttons(question)
                .filter(button -> button.path("label").asText().equals(asked.rightChoice()))
                .findFirst()
                .orElseThrow()
                .path("custom_id")
                .asText();
        JsonNode message = DiscordPayloads.botMessage(
                discord.world(), messageIdAt(clock.instant()), discord.world().channelId(), question, true);
        clock.advance(Duration.ofSeconds(5));
        SentInteraction click =
                discord.buttonClick(right).onMessage(message).by(Invoker.MEMBER).send();
        discord.awaitCallback(click, WAIT);
        discord.awaitFollowup(click, WAIT);

        // a resumed session replays the very same click
        discord.gateway().dispatch("INTERACTION_CREATE", click.payload());
        discord.awaitCallback(
                discord.slashCommand("quiz")
                        .subcommand("stats")
                        .by(Invoker.MEMBER)
                        .send(),
                WAIT);

        assertThat(discord.rest().requests().matching(r -> r.at("POST", click.callbackPath())))
                .as("one interaction, one callback (Discord refuses a second with 40060)")
                .hasSize(1);
        assertThat(discord.rest().requests().matching(r -> r.at("POST", click.followupPath())))
                .as("one reply to the clicker")
                .hasSize(1);
        long guild = Long.parseLong(discord.world().guildId());
        assertThat(new SqlReviewStore(bot.store()).answers(guild, BOOK, userId(Invoker.MEMBER)))
                .hasSize(1);
    }

    @Test
    void badButtonsAndOptionsAreAnsweredOnlyToTheClicker() {
        assertThat(problem(
                        discord.buttonClick("quiz:a:b0123456789abcdef:12345678").by(Invoker.MEMBER)))
                .as("a made-up card clicked on a message of this edition")
                .contains("This button isn't valid.");
        assertThat(problem(discord.buttonClick("quiz:a:forged").by(Invoker.MEMBER)))
                .contains("damaged or from an older version");
        assertThat(problem(discord.slashCommand("quiz")
                        .subcommand("next")
                        .option("section", "99.9")
                        .by(Invoker.MEMBER)))
                .contains("no section 99.9");
        assertThat(problem(discord.slashCommand("quiz")
                        .subcommand("leaderboard")
                        .option("period", "<@everyone>")
                        .by(Invoker.MEMBER)))
                .contains("is not a period");
    }

    @Test
    void aQuizAnswerClickedOnASectionMessageIsRefusedAndTheSectionMessageIsLeftAlone() {
        JsonNode section = bot.reply(
                discord.slashCommand("section").option("number", "20.4").by(Invoker.MEMBER));
        assertThat(buttons(section).toList())
                .as("the section message has buttons of its own")
                .isNotEmpty()
                .noneSatisfy(
                        button -> assertThat(button.path("custom_id").asText()).startsWith("quiz:"));
        JsonNode sectionMessage = DiscordPayloads.botMessage(
                discord.world(), messageIdAt(clock.instant()), discord.world().channelId(), section, true);
        JsonNode question =
                bot.reply(discord.slashCommand("quiz").subcommand("next").by(Invoker.MEMBER));
        List<JsonNode> buttons = buttons(question).toList();
        String cardId = buttons.get(0).path("custom_id").asText().split(":")[2];
        String right =
                idOf(buttons, bot.book().get().quiz().find(cardId).orElseThrow().rightChoice(), true);
        long guild = Long.parseLong(discord.world().guildId());
        ReviewStore reviews = new SqlReviewStore(bot.store());

        for (String forged : List.of(right, "progress-forget")) {
            SentInteraction click = discord.buttonClick(forged)
                    .onMessage(sectionMessage)
                    .by(Invoker.MEMBER)
                    .send();
            JsonNode callback = discord.awaitCallback(click, WAIT).json();
            assertThat(callback.path("type").asInt())
                    .as("%s: answered, not an update of the message", forged)
                    .isEqualTo(4);
            assertThat(callback.path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
            assertThat(plainText(callback.path("data")).strip()).startsWith("This button isn't valid.");
            assertThat(discord.rest()
                            .requests()
                            .matching(request -> request.at("PATCH", click.originalMessagePath())
                                    || request.at("POST", click.followupPath())))
                    .as(forged)
                    .isEmpty();
        }
        assertThat(reviews.answers(guild, BOOK, userId(Invoker.MEMBER)))
                .as("nothing counted")
                .isEmpty();

        JsonNode questionMessage = DiscordPayloads.botMessage(
                discord.world(), messageIdAt(clock.instant()), discord.world().channelId(), question, true);
        assertThat(plainText(verdict(
                        discord.buttonClick(right).onMessage(questionMessage).by(Invoker.MEMBER))))
                .startsWith("Right!");
        assertThat(reviews.answers(guild, BOOK, userId(Invoker.MEMBER)))
                .as("the genuine click counts")
                .hasSize(1);
    }

    @Test
    void sharingNamesAMemberOnTheLeaderboardAndInGroupProgress() throws Exception {
        JsonNode question =
                bot.reply(discord.slashCommand("quiz").subcommand("next").by(Invoker.MEMBER));
        List<JsonNode> buttons = buttons(question).toList();
        String cardId = buttons.get(0).path("custom_id").asText().split(":")[2];
        String right =
                idOf(buttons, bot.book().get().quiz().find(cardId).orElseThrow().rightChoice(), true);
        JsonNode message = DiscordPayloads.botMessage(
                discord.world(), messageIdAt(clock.instant()), discord.world().channelId(), question, true);
        verdict(discord.buttonClick(right).onMessage(message).by(Invoker.MEMBER));
        verdict(discord.buttonClick(right).onMessage(message).by(Invoker.ADMIN));

        assertThat(plainText(bot.reply(discord.slashCommand("quiz")
                        .subcommand("share")
                        .option("visible", true)
                        .by(Invoker.MEMBER))))
                .contains("now shows");
        String board = plainText(
                bot.reply(discord.slashCommand("quiz").subcommand("leaderboard").by(Invoker.OWNER)));

        assertThat(board)
                .contains("<@" + discord.world().userId(Invoker.MEMBER) + ">")
                .doesNotContain("<@" + discord.world().userId(Invoker.ADMIN) + ">")
                .contains("1 member who doesn't share their name also answered.");

        bot.reply(discord.slashCommand("read").option("section", "20.1").by(Invoker.MEMBER));
        bot.reply(discord.slashCommand("read").option("section", "20.1").by(Invoker.ADMIN));
        String group = plainText(
                bot.reply(discord.slashCommand("progress").subcommand("group").by(Invoker.OWNER)));
        assertThat(group)
                .contains("<@" + discord.world().userId(Invoker.MEMBER) + ">")
                .doesNotContain("<@" + discord.world().userId(Invoker.ADMIN) + ">");
    }

    private long userId(Invoker invoker) {
        return Long.parseLong(discord.world().userId(invoker));
    }

    /**
     * The private answer to an answer click: the follow-up when the click also updated the question message, else the
     * reply itself.
     */
    private JsonNode verdict(InteractionBuilder click) {
        SentInteraction sent = click.send();
        JsonNode callback = discord.awaitCallback(sent, WAIT).json();
        return callback.path("type").asInt() == 7
                ? discord.awaitFollowup(sent, WAIT).json()
                : callback.path("data");
    }

    private String problem(InteractionBuilder interaction) {
        JsonNode data = bot.reply(interaction);
        assertThat(data.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        return plainText(data);
    }

    private static String idOf(List<JsonNode> buttons, String answer, boolean right) {
        return buttons.stream()
                .filter(button -> button.path("label").asText().equals(answer) == right)
                .findFirst()
                .orElseThrow()
                .path("custom_id")
                .asText();
    }
}
