package studybot.dailytips.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.EPHEMERAL;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.WAIT;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.customIds;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.RecordedRequest;
import studybot.discord.openapi.DiscordOpenApi;
import studybot.quiz.Question;
import studybot.quiz.command.QuizIds;
import studybot.testing.Started;
import studybot.testing.StudybotExtension;

/**
 * Issue 8 §5 end to end: the daily post asks the question of the day with answer buttons Discord accepts; members
 * answer it from that very message, each privately, and each answer counts as a review in their quiz stats; the message
 * itself is never edited, and a restart the same day posts nothing more.
 */
class QuestionOfTheDayOnDiscordTest {

    /** 09:00 in Berlin (CET, UTC+1); the post is set for 09:01. */
    private static final Instant START = Instant.parse("2025-03-10T08:00:00Z");

    @RegisterExtension
    final StudybotExtension studybot = StudybotExtension.startingAt(START);

    @Started
    private StudybotOnFakeDiscord bot;

    @Started
    private FakeDiscord discord;

    @Test
    void membersAnswerTheDailyQuestionPrivatelyAndEachAnswerCountsAsAReview() throws Exception {
        bot.setTips(Invoker.ADMIN, "09:01");
        bot.clock().advance(Duration.ofMinutes(2));

        RecordedRequest request = discord.rest().awaitRequest(bot.post(), WAIT);
        DiscordOpenApi.assertConforms(request);
        assertThat(text(request.json())).contains("Question of the day: ");
        List<String> answerIds = customIds(request.json()).stream()
                .filter(id -> id.startsWith("quiz:a:"))
                .toList();
        assertThat(answerIds).hasSize(4);
        String cardId = answerIds.get(0).split(":")[2];
        Question question = bot.book().get().quiz().find(cardId).orElseThrow();
        assertThat(answerIds)
                .containsExactlyElementsOf(question.choices().stream()
                        .map(choice -> QuizIds.answer(question, choice))
                        .toList());
        ObjectNode posted = discord.rest().createdMessages().get(0);
        assertThat(customIds(posted))
                .as("the fake keeps the components on the channel message")
                .containsAll(answerIds);

        String right = QuizIds.answer(question, question.rightChoice());
        String wrong =
                answerIds.stream().filter(id -> !id.equals(right)).findFirst().orElseThrow();
        JsonNode member = answer(right, posted, Invoker.MEMBER);
        JsonNode owner = answer(wrong, posted, Invoker.OWNER);
        JsonNode again = answer(wrong, posted, Invoker.MEMBER);

        assertThat(List.of(member, owner, again))
                .allSatisfy(answer -> assertThat(answer.path("flags").asInt() & EPHEMERAL)
                        .as("only the clicker sees it")
                        .isEqualTo(EPHEMERAL));
        assertThat(text(member))
                .startsWith("Right!")
                .contains(question.fact().text())
                .contains("Next review");
        assertThat(text(owner)).startsWith("Not quite").contains(question.rightChoice());
        assertThat(text(again)).startsWith("Already answered");
        assertThat(discord.rest()
                        .requests()
                        .matching(edit -> edit.method().equals("PATCH")
                                && edit.path().contains(posted.path("id").asText())))
                .as("the daily post is left as it is")
                .isEmpty();

        assertThat(text(stats(Invoker.MEMBER))).contains("Answered: 1").contains("100% (1 right)");
        assertThat(text(stats(Invoker.OWNER))).contains("Answered: 1").contains("0% (0 right)");

        bot.stopBot();
        bot.clock().advance(Duration.ofHours(3));
        bot.startBot();
        bot.tipService().runDue();
        assertThat(discord.rest().requests().matching(bot.post()))
                .as("one daily post")
                .hasSize(1);
        assertThat(text(stats(Invoker.MEMBER))).as("answers survive a restart").contains("Answered: 1");
    }

    /**
     * Clicks {@code answerId} on the daily post as {@code who}: the answer is a new message (callback type 4), never an
     * update of the post (type 7), which stays as it was for everyone.
     */
    private JsonNode answer(String answerId, JsonNode post, Invoker who) {
        JsonNode callback = discord.awaitCallback(
                        discord.buttonClick(answerId).onMessage(post).by(who).send(), WAIT)
                .json();
        assertThat(callback.path("type").asInt())
                .as("a reply of its own, not an edit of the daily post")
                .isEqualTo(4);
        return callback.path("data");
    }

    private JsonNode stats(Invoker who) {
        return bot.reply(discord.slashCommand("quiz").subcommand("stats").by(who));
    }
}
