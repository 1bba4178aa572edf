package studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.EPHEMERAL;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.buttons;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.messageIdAt;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.plainText;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import studybot.command.Place;
import studybot.dailytips.MutableClock;
import studybot.dailytips.discord.StudybotOnFakeDiscord;
import studybot.discord.fake.DiscordPayloads;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.InteractionBuilder;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.RecordedRequest;
import studybot.discord.openapi.DiscordOpenApi;
import studybot.quiz.Question;
import studybot.quiz.review.SqlReviewStore;
import studybot.shelf.SqlBookChoiceStore;
import studybot.testing.Started;
import studybot.testing.StudybotExtension;

/**
 * A member who installed studybot for themselves, end to end through the fake Discord: the interactions carry the
 * member's install in {@code authorizing_integration_owners} and their {@code context} (studybot's DM, a server
 * studybot is not in, a group DM). What they do there counts in their own place, wherever they are; what is about them
 * is private where others read along; subcommands for a server with studybot answer privately in one line; and studybot
 * only ever answers through the interaction, never posting in a channel. Every request passes the OpenAPI check.
 */
class UserInstallOnDiscordTest {

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

    @AfterEach
    void answeredThroughInteractionsOnly() {
        assertThat(discord.rest()
                        .requests()
                        .matching(request -> !request.method().equals("GET")
                                && (request.path().startsWith("channels/")
                                        || request.path().startsWith("guilds/"))))
                .as("nothing posted, edited or opened in a channel")
                .isEmpty();
        DiscordOpenApi.assertAllConform(discord.rest().requests().all());
    }

    @Test
    void answersInStudybotsDmAndInAServerWithoutItCountForTheMembersOwnPlace() {
        JsonNode inDm = bot.reply(discord.slashCommand("quiz")
                .subcommand("next")
                .inDirectMessage()
                .throughTheirOwnInstall());
        assertThat(inDm.path("flags").asInt() & EPHEMERAL)
                .as("nobody else reads studybot's DM")
                .isZero();
        JsonNode dmVerdict = answer(
                inDm,
                () -> discord.buttonClick(rightAnswer(inDm)).inDirectMessage().throughTheirOwnInstall());
        assertThat(plainText(dmVerdict)).startsWith("Right!");

        JsonNode inServer =
                bot.reply(discord.slashCommand("quiz").subcommand("next").inServerWithoutTheBot());
        assertThat(inServer.path("flags").asInt() & EPHEMERAL)
                .as("the member's own question, where others read along")
                .isEqualTo(EPHEMERAL);
        JsonNode serverVerdict = answer(
                inServer, () -> discord.buttonClick(rightAnswer(inServer)).inServerWithoutTheBot());
        assertThat(plainText(serverVerdict)).startsWith("Right!");
        assertThat(serverVerdict.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);

        JsonNode stats =
                bot.reply(discord.slashCommand("quiz").subcommand("stats").inServerWithoutTheBot());
        assertThat(stats.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(plainText(stats)).contains("Answered: 2", "Your answers in your personal space");
        assertThat(plainText(bot.reply(discord.slashCommand("quiz").subcommand("stats"))))
                .as("the server with studybot keeps its own count")
                .contains("You haven't answered a question in this server yet");

        long member = Long.parseLong(discord.world().userId(Invoker.MEMBER));
        SqlReviewStore reviews = new SqlReviewStore(bot.store());
        assertThat(reviews.answers(Place.NOT_A_SERVER, BOOK, member)).hasSize(2);
        assertThat(reviews.answers(Long.parseLong(discord.world().guildId()), BOOK, member))
                .isEmpty();
    }

    @Test
    void readMarksInAGroupDmAreTheMembersOwnAndPrivate() {
        JsonNode marked =
                bot.reply(discord.slashCommand("read").option("section", "20.4").inPrivateChannel());
        assertThat(marked.path("flags").asInt() & EPHEMERAL)
                .as("a group DM's other people don't study with studybot")
                .isEqualTo(EPHEMERAL);

        JsonNode progress = bot.reply(discord.slashCommand("progress")
                .subcommand("me")
                .inDirectMessage()
                .throughTheirOwnInstall());
        assertThat(plainText(progress)).contains("1 section (20.4)");
        assertThat(plainText(bot.reply(discord.slashCommand("progress").subcommand("me"))))
                .as("not in the server with studybot")
                .contains("nothing marked yet");
    }

    @Test
    void whatOnlyAServerWithStudybotHasIsAPrivateLineElsewhere() {
        List<JsonNode> answers = List.of(
                bot.reply(discord.slashCommand("quiz").subcommand("leaderboard").inServerWithoutTheBot()),
                bot.reply(discord.slashCommand("quiz").subcommand("leaderboard").inPrivateChannel()),
                bot.reply(discord.slashCommand("progress").subcommand("group").inServerWithoutTheBot()),
                bot.reply(discord.slashCommand("round").subcommand("start").inServerWithoutTheBot()),
                bot.reply(discord.slashCommand("tips").subcommand("status").inPrivateChannel()));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
            assertThat(plainText(answer)).contains("a server that has studybot");
        });
    }

    @Test
    void bookUseInAServerWithoutStudybotChoosesTheMembersOwnBook() {
        String book = firstBookId(bot.reply(discord.slashCommand("book").subcommand("list")));

        JsonNode chosen = bot.reply(discord.slashCommand("book")
                .subcommand("use")
                .option("book", book)
                .inServerWithoutTheBot());

        assertThat(chosen.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(plainText(chosen))
                .contains("studybot isn't installed in this server, so this is your own book", "You read");
        SqlBookChoiceStore choices = new SqlBookChoiceStore(bot.store(), clock);
        long member = Long.parseLong(discord.world().userId(Invoker.MEMBER));
        assertThat(choices.chosen(Place.NOT_A_SERVER, member)).contains(book);
        assertThat(choices.chosen(Long.parseLong(discord.world().guildId()), SqlBookChoiceStore.NONE))
                .isEmpty();
        assertThat(plainText(bot.reply(discord.slashCommand("book")
                        .subcommand("use")
                        .option("book", book)
                        .by(Invoker.MEMBER))))
                .as("in a server with studybot it is the server's, for its managers")
                .contains("Manage Server");
    }

    @Test
    void aServerThatInstalledStudybotIsThatServerEvenBeforeStudybotHasLoadedIt() {
        JsonNode stats = bot.reply(discord.slashCommand("quiz")
                .subcommand("stats")
                .in(discord.world().otherServer(7))
                .asStillLoading());

        assertThat(plainText(stats)).contains("in this server");
        assertThat(plainText(bot.reply(discord.slashCommand("quiz")
                        .subcommand("reports")
                        .in(discord.world().otherServer(7))
                        .asStillLoading()
                        .by(Invoker.ADMIN))))
                .as("Manage Server read from the permissions the interaction carries")
                .doesNotContain("is for members with Manage Server");
        assertThat(plainText(bot.reply(discord.slashCommand("quiz")
                        .subcommand("reports")
                        .in(discord.world().otherServer(7))
                        .asStillLoading()
                        .by(Invoker.MEMBER))))
                .contains("is for members with Manage Server");
    }

    /** The verdict on a click on the question message {@code question} of a member's own place. */
    private JsonNode answer(JsonNode question, Supplier<InteractionBuilder> click) {
        String channel = discord.world().channelId();
        JsonNode message =
                DiscordPayloads.botMessage(discord.world(), messageIdAt(clock.instant()), channel, question, true);
        clock.advance(Duration.ofSeconds(5));
        RecordedRequest callback =
                discord.awaitCallback(click.get().onMessage(message).send(), StudybotOnFakeDiscord.WAIT);
        assertThat(callback.json().path("type").asInt())
                .as("a question in a member's own place is answered alone: no update of the message")
                .isEqualTo(4);
        return callback.json().path("data");
    }

    private String rightAnswer(JsonNode question) {
        List<JsonNode> choices = buttons(question).toList();
        String cardId = choices.get(0).path("custom_id").asText().split(":")[2];
        Question asked = bot.book().get().quiz().find(cardId).orElseThrow();
        return choices.stream()
                .filter(button -> button.path("label").asText().equals(asked.rightChoice()))
                .findFirst()
                .orElseThrow()
                .path("custom_id")
                .asText();
    }

    private static String firstBookId(JsonNode list) {
        Matcher id = Pattern.compile("`([a-z0-9][a-z0-9._-]*)`").matcher(StudybotOnFakeDiscord.text(list));
        assertThat(id.find())
                .as("a book id in " + StudybotOnFakeDiscord.text(list))
                .isTrue();
        return id.group(1);
    }
}
