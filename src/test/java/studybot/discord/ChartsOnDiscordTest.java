package studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.dailytips.discord.StudybotOnFakeDiscord;
import studybot.discord.fake.DiscordPayloads;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.RecordedRequest;
import studybot.discord.fake.SentInteraction;
import studybot.discord.fake.UploadedFile;
import studybot.discord.openapi.DiscordOpenApi;
import studybot.testing.LogCapture;

/**
 * Charts end to end: studybot as {@code DiscordMode} wires it, on the real JDA against the fake Discord. {@code /quiz
 * stats} and {@code /progress group} arrive as multipart uploads: the message with its text, and a PNG file part within
 * 200 KB whose attachment entry carries the alt text, shown inside the embed; every request passes the OpenAPI check,
 * uploads included.
 */
class ChartsOnDiscordTest {

    private static final Duration WAIT = StudybotOnFakeDiscord.WAIT;
    private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");
    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @TempDir
    Path dataFolder;

    private StudybotOnFakeDiscord bot;
    private FakeDiscord discord;

    @BeforeEach
    void start() throws Exception {
        bot = StudybotOnFakeDiscord.start(dataFolder, START);
        discord = bot.discord();
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void quizStatsAndGroupProgressComeWithAChart() {
        LogCapture answers = LogCapture.of(InteractionResponder.class);
        answerOneQuestion(Invoker.MEMBER);
        bot.reply(discord.slashCommand("read").option("section", "20.4").by(Invoker.MEMBER));
        bot.reply(discord.slashCommand("read").option("section", "20").by(Invoker.OWNER));

        RecordedRequest stats = bot.answerWithFiles(discord.slashCommand("quiz")
                .subcommand("stats")
                .by(Invoker.MEMBER)
                .send());
        RecordedRequest group = bot.answerWithFiles(discord.slashCommand("progress")
                .subcommand("group")
                .by(Invoker.MEMBER)
                .send());

        JsonNode statsMessage = StudybotOnFakeDiscord.message(stats);
        assertThat(statsMessage.path("flags").asInt() & StudybotOnFakeDiscord.EPHEMERAL)
                .as("stats are for the asker only, picture included")
                .isEqualTo(StudybotOnFakeDiscord.EPHEMERAL);
        assertThat(StudybotOnFakeDiscord.text(statsMessage)).contains("Answered: 1");
        assertThat(picture(stats, "quiz-stats.png").path("description").asText())
                .startsWith("Your quiz, week by week")
                .contains("Answers: 0, 0, 0, 0, 0, 0, 0, 1.");

        JsonNode groupMessage = StudybotOnFakeDiscord.message(group);
        assertThat(groupMessage.path("flags").asInt() & StudybotOnFakeDiscord.EPHEMERAL)
                .as("group progress is for the channel")
                .isZero();
        assertThat(StudybotOnFakeDiscord.text(groupMessage)).contains("2 members have marked sections as read");
        assertThat(picture(group, "progress-group.png").path("description").asText())
                .startsWith("Line chart of sections finished")
                .contains("for 2 members.")
                .doesNotContain(discord.world().userId(Invoker.MEMBER))
                .doesNotContain(discord.world().userId(Invoker.OWNER));

        DiscordOpenApi.assertAllConform(discord.rest().requests().all());
    }

    /**
     * The attachment entry of the request's single PNG, after checking the file part: within 200 KB, a PNG by its
     * signature, named as the entry says and shown inside the embed.
     */
    private static JsonNode picture(RecordedRequest request, String fileName) {
        UploadedFile file = request.files().get(0);
        assertThat(request.files()).hasSize(1);
        assertThat(file.fieldName()).isEqualTo("files[0]");
        assertThat(file.fileName()).isEqualTo(fileName);
        assertThat(file.content().length).isBetween(PNG_SIGNATURE.length, 200 * 1024);
        assertThat(Arrays.copyOf(file.content(), PNG_SIGNATURE.length)).isEqualTo(PNG_SIGNATURE);
        JsonNode message = StudybotOnFakeDiscord.message(request);
        assertThat(message.at("/embeds/0/image/url").asText()).isEqualTo("attachment://" + fileName);
        JsonNode attachment = message.at("/attachments/0");
        assertThat(attachment.path("filename").asText()).isEqualTo(fileName);
        return attachment;
    }

    private void answerOneQuestion(Invoker who) {
        JsonNode question =
                bot.reply(discord.slashCommand("quiz").subcommand("next").by(who));
        List<JsonNode> buttons = StreamSupport.stream(
                        question.path("components").spliterator(), false)
                .flatMap(row -> StreamSupport.stream(row.path("components").spliterator(), false))
                .toList();
        long messageId = ((bot.clock().instant().toEpochMilli() - DISCORD_EPOCH_MILLIS) << 22) | 1;
        JsonNode message = DiscordPayloads.botMessage(
                discord.world(), Long.toString(messageId), discord.world().channelId(), question, true);
        SentInteraction click = discord.buttonClick(
                        buttons.get(0).path("custom_id").asText())
                .onMessage(message)
                .by(who)
                .send();
        discord.awaitFollowup(click, WAIT);
    }
}
