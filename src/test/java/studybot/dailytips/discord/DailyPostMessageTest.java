package studybot.dailytips.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import studybot.console.ConsoleRenderer;
import studybot.dailytips.DailyPostReply;
import studybot.dailytips.Digest;
import studybot.dailytips.DigestSection;
import studybot.dailytips.TipPost;
import studybot.discord.DiscordRenderer;
import studybot.discord.DiscordText;
import studybot.discord.openapi.DiscordOpenApi;
import studybot.facts.KeyFactExtractor;
import studybot.facts.LabelledBook;
import studybot.library.SectionNumber;
import studybot.quiz.Question;
import studybot.quiz.QuestionKind;
import studybot.quiz.QuizDeck;
import studybot.quiz.command.QuizIds;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.ReplyField;

/**
 * The daily post with its question of the day as Discord gets it: the request body the renderer makes is checked
 * against Discord's OpenAPI description (action rows of at most five buttons, labels of at most 80 characters, custom
 * ids of at most 100), with long choices (section titles) cut at a word, and the console's plain form.
 */
class DailyPostMessageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHANNEL_MESSAGES = "channels/300000000000000001/messages";

    /** A which-section question from the seed: its choices are section titles. */
    private static final Question SEED_QUESTION = QuizDeck.build(
                    LabelledBook.seed().library(),
                    new KeyFactExtractor().extract(LabelledBook.seed().library()))
            .all()
            .stream()
            .filter(question -> question.kind() == QuestionKind.WHICH_SECTION)
            .findFirst()
            .orElseThrow();

    private final DiscordRenderer renderer = new DiscordRenderer();

    @Test
    void aPlainTipCarriesTheQuestionAndItsFourAnswersOnARowOfTheirOwn() throws IOException {
        Reply reply = DailyPostReply.of(tip(Optional.empty(), Optional.of(SEED_QUESTION)), QuizIds::answer);

        assertThat(reply.fields()).extracting(ReplyField::name).containsExactly("Question of the day");
        assertThat(reply.fields().get(0).value().plainText())
                .startsWith("Which section says this?\n")
                .contains(SEED_QUESTION.prompt())
                .contains("only you see your result");
        JsonNode body = body(reply);
        assertThat(DiscordOpenApi.get().violations("POST", CHANNEL_MESSAGES, Map.of(), body))
                .isEmpty();
        assertThat(body.path("components"))
                .as("the answers' row, then the tip's")
                .hasSize(2);
        JsonNode answers = body.path("components").get(0).path("components");
        assertThat(answers).hasSize(4);
        for (int i = 0; i < 4; i++) {
            String choice = SEED_QUESTION.choices().get(i);
            assertThat(answers.get(i).path("label").asText()).isEqualTo(choice);
            assertThat(answers.get(i).path("custom_id").asText())
                    .isEqualTo(QuizIds.answer(SEED_QUESTION, choice))
                    .isEqualTo("quiz:a:" + SEED_QUESTION.cardId() + ":" + Question.choiceId(choice));
        }
        assertThat(body.path("components").get(1).path("components"))
                .singleElement()
                .satisfies(read -> assertThat(read.path("label").asText()).isEqualTo("Read 20.1"));
    }

    @Test
    void longSectionTitlesAreCutAtAWordToFitAButtonAndTheMessageStaysValid() throws IOException {
        String longTitle = "Choosing Between Redis and Memcached for Session Storage, Leaderboards, Rate Limiting "
                + "and Pub/Sub Fan-out in a Multi-Region Deployment 🚀🚀";
        List<String> choices =
                List.of(longTitle, longTitle.replace("Redis", "Valkey"), "Short title", "Another short title");
        Question question = new Question(
                SEED_QUESTION.cardId(),
                QuestionKind.WHICH_SECTION,
                SEED_QUESTION.prompt(),
                choices,
                0,
                SEED_QUESTION.fact());
        Reply reply = DailyPostReply.of(tip(Optional.of(longDigest()), Optional.of(question)), QuizIds::answer);

        JsonNode body = body(reply);
        assertThat(DiscordOpenApi.get().violations("POST", CHANNEL_MESSAGES, Map.of(), body))
                .isEmpty();
        List<JsonNode> buttons = StudybotOnFakeDiscord.buttons(body).toList();
        assertThat(buttons).as("four answers, ten Open buttons and Read").hasSize(15);
        assertThat(body.path("components"))
                .extracting(row -> row.path("components").size())
                .as("the answers alone, then Open and Read five to a row")
                .containsExactly(4, 5, 5, 1);
        String cut = buttons.get(0).path("label").asText();
        assertThat(cut.length()).isLessThanOrEqualTo(80);
        assertThat(cut).endsWith("…").startsWith("Choosing Between Redis and Memcached");
        assertThat(longTitle).startsWith(cut.substring(0, cut.length() - 1).strip());
        assertThat(buttons.get(1).path("label").asText()).startsWith("Choosing Between Valkey");
        assertThat(buttons)
                .extracting(button -> button.path("custom_id").asText())
                .allSatisfy(id -> assertThat(id.length()).isLessThanOrEqualTo(100))
                .doesNotHaveDuplicates();
        assertThat(buttons.subList(0, 4))
                .allSatisfy(button ->
                        assertThat(button.path("custom_id").asText()).startsWith("quiz:a:" + question.cardId() + ":"));
    }

    @Test
    void inTheDigestTheQuestionComesBetweenTheTipAndTheLastReading() {
        Digest digest = new Digest(
                List.of(new DigestSection(new SectionNumber(20, 1), "Use *Cases*", 4)),
                4,
                OptionalLong.empty(),
                15,
                OptionalLong.of(1_765_000_000L),
                List.of(new SectionNumber(62, 8)),
                3);
        Reply reply = DailyPostReply.of(tip(Optional.of(digest), Optional.of(SEED_QUESTION)), QuizIds::answer);

        assertThat(reply.fields())
                .extracting(ReplyField::name)
                .containsExactly("Study tip", "Question of the day", "Last reading");
        assertThat(DiscordText.markdown(reply.text()))
                .isEqualTo("**20.1** Use \\*Cases\\* · 4 min\n15 sections left, finishing <t:1765000000:D>.");
        assertThat(reply.actions())
                .extracting(action -> ((ReplyAction.Button) action).id())
                .startsWith(SEED_QUESTION.choices().stream()
                        .map(choice -> QuizIds.answer(SEED_QUESTION, choice))
                        .toArray(String[]::new))
                .endsWith("open:20.1:0");
        String console = new ConsoleRenderer(false).render(reply);
        assertThat(console)
                .contains("20.1 Use *Cases* · 4 min")
                .contains("Question of the day")
                .contains("/press "
                        + QuizIds.answer(SEED_QUESTION, SEED_QUESTION.choices().get(0)))
                .doesNotContain("**")
                .doesNotContain("<t:");
    }

    @Test
    void onADayWithoutReadingTheDigestNamesTheNextReadingDay() {
        Digest digest =
                new Digest(List.of(), 0, OptionalLong.of(1_765_000_000L), 3, OptionalLong.empty(), List.of(), 0);
        Reply reply = DailyPostReply.of(tip(Optional.of(digest), Optional.empty()), QuizIds::answer);

        assertThat(reply.title()).isEqualTo("No reading today");
        assertThat(DiscordText.markdown(reply.text()))
                .isEqualTo("The next reading is on <t:1765000000:D>.\n3 sections left.");
        assertThat(reply.fields()).extracting(ReplyField::name).containsExactly("Study tip");
    }

    private static TipPost tip(Optional<Digest> digest, Optional<Question> question) {
        return new TipPost(
                "t1", "Replicas serve reads.", new SectionNumber(20, 1), "ElastiCache Use Cases", digest, question);
    }

    /** Ten sections of reading today (the most "Open" buttons a digest gets), none of them the tip's. */
    private static Digest longDigest() {
        List<DigestSection> reading = IntStream.rangeClosed(1, 12)
                .mapToObj(i -> new DigestSection(new SectionNumber(62, i), "Section " + i, 3))
                .toList();
        return new Digest(
                reading,
                36,
                OptionalLong.empty(),
                12,
                OptionalLong.of(Instant.parse("2026-12-20T23:00:00Z").getEpochSecond()),
                List.of(),
                0);
    }

    private JsonNode body(Reply reply) throws IOException {
        return JSON.readTree(renderer.create(reply).toData().toJson());
    }
}
