package studybot.privacy.command;

import static org.assertj.core.api.Assertions.assertThat;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.EPHEMERAL;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.WAIT;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.buttons;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.customIds;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.message;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.messageIdAt;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.plainText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import studybot.dailytips.MutableClock;
import studybot.dailytips.discord.StudybotOnFakeDiscord;
import studybot.discord.fake.DiscordPayloads;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.RecordedRequest;
import studybot.discord.fake.SentInteraction;
import studybot.discord.openapi.DiscordOpenApi;
import studybot.testing.Started;
import studybot.testing.StudybotExtension;

/**
 * {@code /privacy} end to end on the fake Discord: a member who answered a question and marked a section gets their
 * data as a JSON file and their card as an Anki file, privately, holding nothing of another member's; a forged
 * confirmation deletes nothing; the real one deletes it all and replaces its prompt.
 */
class PrivacyOnDiscordTest {

    private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final StudybotExtension studybot = StudybotExtension.startingAt(START);

    @Started
    private StudybotOnFakeDiscord bot;

    @Started
    private FakeDiscord discord;

    @Started
    private MutableClock clock;

    @Test
    void aMemberTakesTheirDataAndCardsAwayAndThenDeletesIt() throws IOException {
        answerOneQuestion(Invoker.MEMBER);
        answerOneQuestion(Invoker.OWNER);
        bot.reply(discord.slashCommand("read").option("section", "20.4").by(Invoker.MEMBER));
        String member = discord.world().userId(Invoker.MEMBER);
        String owner = discord.world().userId(Invoker.OWNER);

        RecordedRequest export = bot.answerWithFiles(discord.slashCommand("privacy")
                .subcommand("export")
                .by(Invoker.MEMBER)
                .send());
        assertThat(message(export).path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(export.files())
                .singleElement()
                .satisfies(file -> assertThat(file.fileName()).isEqualTo("studybot-data.json"));
        assertThat(message(export).at("/embeds/0/image").isMissingNode())
                .as("a download, not a picture")
                .isTrue();
        JsonNode data = JSON.readTree(export.files().get(0).content());
        assertThat(data.path("member_id").asText()).isEqualTo(member);
        assertThat(data.path("tables").fieldNames())
                .toIterable()
                .contains("quiz_answers", "quiz_reviews", "read_marks");
        assertThat(data.toString()).doesNotContain(owner);

        RecordedRequest cards = bot.answerWithFiles(discord.slashCommand("privacy")
                .subcommand("cards")
                .by(Invoker.MEMBER)
                .send());
        String csv = new String(cards.files().get(0).content(), StandardCharsets.UTF_8);
        assertThat(cards.files().get(0).fileName()).isEqualTo("studybot-cards.csv");
        assertThat(csv).startsWith("#separator:Comma\n");
        assertThat(csv.lines().filter(line -> line.startsWith("\""))).hasSize(1);

        JsonNode prompt =
                bot.reply(discord.slashCommand("privacy").subcommand("forget").by(Invoker.MEMBER));
        assertThat(prompt.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        String confirm = customIds(prompt).get(0);
        assertThat(confirm).matches("privacy-forget:[0-9a-f]{16}");
        JsonNode promptMessage = DiscordPayloads.botMessage(
                discord.world(), messageIdAt(clock.instant()), discord.world().channelId(), prompt, true);

        JsonNode forged = bot.reply(discord.buttonClick("privacy-forget:0123456789abcdef")
                .onMessage(DiscordPayloads.botMessage(
                        discord.world(),
                        messageIdAt(clock.instant()),
                        discord.world().channelId(),
                        forgedPrompt(prompt),
                        true))
                .by(Invoker.MEMBER));
        assertThat(plainText(forged)).contains("isn't valid");

        JsonNode done =
                bot.reply(discord.buttonClick(confirm).onMessage(promptMessage).by(Invoker.MEMBER));
        assertThat(plainText(done))
                .contains("Deleted:")
                .contains("quiz answers 1")
                .contains("read marks 1");
        assertThat(buttons(done).toList()).as("the prompt's button is gone").isEmpty();

        JsonNode nothing =
                bot.reply(discord.slashCommand("privacy").subcommand("export").by(Invoker.MEMBER));
        assertThat(plainText(nothing)).contains("keeps nothing about you");
        RecordedRequest ownersExport = bot.answerWithFiles(discord.slashCommand("privacy")
                .subcommand("export")
                .by(Invoker.OWNER)
                .send());
        assertThat(JSON.readTree(ownersExport.files().get(0).content())
                        .path("tables")
                        .has("quiz_answers"))
                .as("another member's data is untouched")
                .isTrue();

        DiscordOpenApi.assertAllConform(discord.rest().requests().all());
    }

    /**
     * The prompt as it would be if it carried a forged confirmation id (the fake refuses a click on a route it lacks).
     */
    private static JsonNode forgedPrompt(JsonNode prompt) {
        String text = prompt.toString().replaceAll("privacy-forget:[0-9a-f]{16}", "privacy-forget:0123456789abcdef");
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void answerOneQuestion(Invoker who) {
        JsonNode question =
                bot.reply(discord.slashCommand("quiz").subcommand("next").by(who));
        JsonNode message = DiscordPayloads.botMessage(
                discord.world(), messageIdAt(clock.instant()), discord.world().channelId(), question, true);
        clock.advance(Duration.ofSeconds(5));
        SentInteraction click = discord.buttonClick(customIds(question).get(0))
                .onMessage(message)
                .by(who)
                .send();
        discord.awaitFollowup(click, WAIT);
    }
}
