package studybot.quiz.command;

import static org.assertj.core.api.Assertions.assertThat;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.WAIT;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.buttons;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.messageIdAt;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import studybot.dailytips.discord.StudybotOnFakeDiscord;
import studybot.discord.fake.DiscordPayloads;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.RecordedRequest;
import studybot.discord.fake.SentInteraction;
import studybot.quiz.Question;
import studybot.quiz.review.SqlReviewStore;
import studybot.testing.StudybotExtension;

/**
 * 200 members answer one question at the same moment, as the wired bot runs on the fake Discord: none is told the store
 * is busy (it isn't), every click is acknowledged within Discord's three seconds (answered, or deferred and answered
 * later), every verdict reaches its member, and all 200 answers are counted.
 */
class QuizBurstOnDiscordTest {

    /** The id of the seeds folder's book, which the fake server reads and its quiz data is kept under. */
    private static final String BOOK = "seeds";

    private static final int MEMBERS = 200;
    private static final Duration DISCORD_DEADLINE = Duration.ofSeconds(3);
    private static final int UPDATE_CLICKED = 7;
    private static final int DEFERRED = 5;

    @RegisterExtension
    final StudybotExtension studybot = StudybotExtension.startingAt(Instant.parse("2026-12-01T08:00:00Z"));

    @Test
    void twoHundredSimultaneousAnswersAreAllCountedAndNoneTurnedAway(StudybotOnFakeDiscord bot, FakeDiscord discord)
            throws Exception {
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
                discord.world(),
                messageIdAt(bot.clock().instant()),
                discord.world().channelId(),
                question,
                true);
        bot.clock().advance(Duration.ofSeconds(5));

        List<SentInteraction> clicks = new ArrayList<>();
        List<Long> sentAt = new ArrayList<>();
        for (int member = 1; member <= MEMBERS; member++) {
            sentAt.add(System.nanoTime());
            clicks.add(discord.buttonClick(right)
                    .onMessage(message)
                    .byMember(member)
                    .send());
        }

        List<String> verdicts = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            RecordedRequest callback = discord.awaitCallback(clicks.get(i), WAIT);
            assertThat(Duration.ofNanos(callback.receivedNanos() - sentAt.get(i)))
                    .as("click %d acknowledged within Discord's deadline", i + 1)
                    .isLessThan(DISCORD_DEADLINE);
            verdicts.add(verdict(discord, clicks.get(i), callback));
        }

        assertThat(verdicts).allSatisfy(verdict -> assertThat(verdict).startsWith("Right!"));
        long guild = Long.parseLong(discord.world().guildId());
        SqlReviewStore reviews = new SqlReviewStore(bot.store());
        for (int member = 1; member <= MEMBERS; member++) {
            assertThat(reviews.answers(guild, BOOK, 900_000_000_000_000_000L + member))
                    .as("member %d", member)
                    .hasSize(1);
        }
    }

    /** The member's own verdict: the follow-up of an updated question, the edit of a deferral, or the reply. */
    private static String verdict(FakeDiscord discord, SentInteraction click, RecordedRequest callback) {
        int type = callback.json().path("type").asInt();
        if (type == UPDATE_CLICKED) {
            return text(discord.awaitFollowup(click, WAIT).json());
        }
        if (type == DEFERRED) {
            return text(discord.awaitOriginalEdit(click, WAIT).json());
        }
        return text(callback.json().path("data"));
    }
}
