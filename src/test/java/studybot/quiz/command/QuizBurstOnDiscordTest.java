package studybot.quiz.command;

import static org.assertj.core.api.Assertions.assertThat;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.WAIT;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.buttons;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.dailytips.discord.StudybotOnFakeDiscord;
import studybot.discord.fake.DiscordPayloads;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.RecordedRequest;
import studybot.discord.fake.SentInteraction;
import studybot.quiz.Question;
import studybot.quiz.review.SqlReviewStore;

/**
 * 200 members answer one question at the same moment, as the wired bot runs on the fake Discord: none is told the store
 * is busy (it isn't), every click is acknowledged within Discord's three seconds (answered, or deferred and answered
 * later), every verdict reaches its member, and all 200 answers are counted.
 */
class QuizBurstOnDiscordTest {

    private static final int MEMBERS = 200;
    private static final Duration DISCORD_DEADLINE = Duration.ofSeconds(3);
    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
    private static final int UPDATE_CLICKED = 7;
    private static final int DEFERRED = 5;

    @TempDir
    Path dataFolder;

    @Test
    void twoHundredSimultaneousAnswersAreAllCountedAndNoneTurnedAway() throws Exception {
        try (StudybotOnFakeDiscord bot =
                StudybotOnFakeDiscord.start(dataFolder, Instant.parse("2026-12-01T08:00:00Z"))) {
            FakeDiscord discord = bot.discord();
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
                    snowflake(bot.clock().instant()),
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
                assertThat(reviews.answers(guild, 900_000_000_000_000_000L + member))
                        .as("member %d", member)
                        .hasSize(1);
            }
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

    /** A message id Discord would give a message sent at {@code sent}. */
    private static String snowflake(Instant sent) {
        return Long.toString((sent.toEpochMilli() - DISCORD_EPOCH_MILLIS) << 22 | 1);
    }
}
