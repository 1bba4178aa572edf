package studybot.quiz.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.dailytips.MutableClock;
import studybot.dailytips.discord.StudybotOnFakeDiscord;
import studybot.discord.fake.DiscordPayloads;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.InteractionBuilder;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.SentInteraction;
import studybot.discord.openapi.DiscordOpenApi;
import studybot.quiz.Question;
import studybot.quiz.review.SqlReportStore;

/**
 * Issue 18 §4 end to end: the real JDA and wiring against the fake Discord. A member and the owner answer a question
 * and press Report on their private feedback; the owner's report (Manage Server) drops it for the server, so another
 * member is not asked it; managers list the server's reports, {@code /stats} counts them, and a forged report button
 * changes nothing.
 */
class QuestionReportOnDiscordTest {

    private static final Duration WAIT = StudybotOnFakeDiscord.WAIT;
    private static final int EPHEMERAL = StudybotOnFakeDiscord.EPHEMERAL;
    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
    private static final Instant START = Instant.parse("2026-12-06T08:00:00Z");

    @TempDir
    Path dataFolder;

    private StudybotOnFakeDiscord bot;
    private FakeDiscord discord;
    private MutableClock clock;

    @BeforeEach
    void start() throws Exception {
        bot = StudybotOnFakeDiscord.start(dataFolder, START);
        discord = bot.discord();
        clock = bot.clock();
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void aMembersReportAndAManagersDropTheQuestionForTheServer() {
        JsonNode question =
                bot.reply(discord.slashCommand("quiz").subcommand("next").by(Invoker.MEMBER));
        List<String> answers = StudybotOnFakeDiscord.customIds(question);
        String cardId = answers.get(0).split(":")[2];
        Question asked = bot.book().get().quiz().find(cardId).orElseThrow();
        JsonNode message = DiscordPayloads.botMessage(
                discord.world(), snowflake(clock.instant()), discord.world().channelId(), question, true);
        String right = StudybotOnFakeDiscord.buttons(question)
                .filter(button -> button.path("label").asText().equals(asked.rightChoice()))
                .findFirst()
                .orElseThrow()
                .path("custom_id")
                .asText();

        clock.advance(Duration.ofSeconds(5));
        JsonNode memberVerdict =
                verdict(discord.buttonClick(right).onMessage(message).by(Invoker.MEMBER));
        assertThat(StudybotOnFakeDiscord.buttons(memberVerdict)).anySatisfy(button -> {
            assertThat(button.path("label").asText()).isEqualTo("Report");
            assertThat(button.path("custom_id").asText()).isEqualTo("quiz:r:" + cardId);
        });
        JsonNode memberReport = onFeedback(memberVerdict, Invoker.MEMBER);
        assertThat(memberReport.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(StudybotOnFakeDiscord.text(memberReport))
                .startsWith("Reported")
                .contains("after 2 more reports");

        JsonNode ownerVerdict =
                verdict(discord.buttonClick(right).onMessage(message).by(Invoker.OWNER));
        assertThat(StudybotOnFakeDiscord.text(onFeedback(ownerVerdict, Invoker.OWNER)))
                .contains("It is now dropped for everyone in this server.");

        JsonNode other =
                bot.reply(discord.slashCommand("quiz").subcommand("next").byMember(1));
        assertThat(StudybotOnFakeDiscord.customIds(other)).noneMatch(id -> id.contains(cardId));

        JsonNode refused =
                bot.reply(discord.slashCommand("quiz").subcommand("reports").by(Invoker.MEMBER));
        assertThat(refused.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(StudybotOnFakeDiscord.text(refused)).contains("is for members with Manage Server");
        JsonNode list =
                bot.reply(discord.slashCommand("quiz").subcommand("reports").by(Invoker.ADMIN));
        assertThat(list.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(StudybotOnFakeDiscord.text(list))
                .contains("1 question reported in this server, 1 dropped.")
                .contains("2 reports")
                .contains("dropped · " + asked.fact().section());
        assertThat(StudybotOnFakeDiscord.text(
                        bot.reply(discord.slashCommand("stats").by(Invoker.OWNER))))
                .contains("Quiz reports: 2 reports on 1 question · 1 dropped in their servers");

        JsonNode forged = verdict(discord.buttonClick("quiz:r:" + "b".repeat(17))
                .onMessage(DiscordPayloads.botMessage(
                        discord.world(),
                        snowflake(clock.instant()),
                        discord.world().channelId(),
                        memberVerdict,
                        true))
                .by(Invoker.ADMIN));
        assertThat(StudybotOnFakeDiscord.text(forged)).contains("This button isn't valid.");
        long guild = Long.parseLong(discord.world().guildId());
        assertThat(new SqlReportStore(bot.store()).reported(guild, "seeds"))
                .singleElement()
                .satisfies(reported -> {
                    assertThat(reported.reports()).isEqualTo(2);
                    assertThat(reported.dropped()).isTrue();
                });
        DiscordOpenApi.assertAllConform(discord.rest().requests().all());
    }

    /** Presses Report on a private feedback message; the reply. */
    private JsonNode onFeedback(JsonNode feedback, Invoker who) {
        String report = StudybotOnFakeDiscord.customIds(feedback).stream()
                .filter(id -> id.startsWith("quiz:r:"))
                .findFirst()
                .orElseThrow();
        JsonNode message = DiscordPayloads.botMessage(
                discord.world(), snowflake(clock.instant()), discord.world().channelId(), feedback, true);
        return verdict(discord.buttonClick(report).onMessage(message).by(who));
    }

    /** The private answer to a click: the follow-up when the click also updated its message, else the reply itself. */
    private JsonNode verdict(InteractionBuilder click) {
        SentInteraction sent = click.send();
        JsonNode callback = discord.awaitCallback(sent, WAIT).json();
        return callback.path("type").asInt() == 7
                ? discord.awaitFollowup(sent, WAIT).json()
                : callback.path("data");
    }

    /** A message id Discord would give a message sent at {@code sent}. */
    private static String snowflake(Instant sent) {
        return Long.toString((sent.toEpochMilli() - DISCORD_EPOCH_MILLIS) << 22 | 1);
    }
}
