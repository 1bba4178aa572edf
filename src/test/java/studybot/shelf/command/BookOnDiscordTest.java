package studybot.shelf.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.book.Book;
import studybot.dailytips.discord.StudybotOnFakeDiscord;
import studybot.discord.fake.DiscordPayloads;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.FakeWorld;
import studybot.discord.fake.InteractionBuilder;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.SentAttachment;
import studybot.discord.fake.SentInteraction;
import studybot.discord.openapi.DiscordOpenApi;
import studybot.quiz.review.SqlReviewStore;
import studybot.shelf.ShelfFixtures;

/**
 * {@code /book} end to end: the real JDA against the fake Discord, a server manager sending the server's own book as an
 * attachment the fake's CDN serves and choosing it, after which {@code /section}, {@code /search}, the quiz, the daily
 * post (tip, question of the day) and search by meaning (vectors of its own) follow it there, and another server and
 * direct messages keep the default book; and a file over the limit refused from its claimed size before a byte of it is
 * downloaded.
 */
class BookOnDiscordTest {

    @TempDir
    Path temp;

    private StudybotOnFakeDiscord bot;
    private FakeDiscord discord;

    @BeforeEach
    void start() throws Exception {
        bot = StudybotOnFakeDiscord.start(temp.resolve("data"), Instant.parse("2026-12-06T08:00:00Z"), 1);
        discord = bot.discord();
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void aManagerSendsTheServersOwnBookAndPicksIt() throws Exception {
        bot.studybot().startSearchByMeaning();
        FakeWorld other = discord.servers().get(1);
        Path epub = ShelfFixtures.epub(temp.resolve("ours.epub"), "our-own-book", "Our Book", "Journal");
        SentAttachment file = discord.attachment("Our Book.epub", Files.readAllBytes(epub));

        JsonNode added = bot.answer(discord.slashCommand("book")
                .subcommand("add")
                .option("file", file)
                .by(Invoker.ADMIN));

        assertThat(StudybotOnFakeDiscord.text(added))
                .contains("Our Book is now this server's own book, id `our-own-book`", "Key facts:");
        assertThat(added.path("flags").asInt() & StudybotOnFakeDiscord.EPHEMERAL)
                .isNotZero();
        assertThat(discord.rest().attachmentDownloads()).isEqualTo(1);
        assertThat(Files.list(bot.config()
                        .dataFolder()
                        .resolve("books/" + discord.world().guildId())))
                .extracting(path -> path.getFileName().toString())
                .containsExactly("our-book.epub");

        JsonNode chosen = bot.answer(discord.slashCommand("book")
                .subcommand("use")
                .option("book", "our-own-book")
                .by(Invoker.ADMIN));
        assertThat(StudybotOnFakeDiscord.text(chosen)).contains("This server reads Our Book");

        assertThat(StudybotOnFakeDiscord.text(bot.answer(
                        discord.slashCommand("book").subcommand("list").by(Invoker.MEMBER))))
                .containsPattern("`our-own-book` Our Book by Ada Example \\(this server's own\\)\\W*← read here");
        assertThat(StudybotOnFakeDiscord.text(bot.answer(
                        discord.slashCommand("book").subcommand("list").inDirectMessage())))
                .doesNotContain("our-own-book");
        assertThat(StudybotOnFakeDiscord.text(bot.answer(
                        discord.slashCommand("section").option("number", "2").by(Invoker.MEMBER))))
                .as("the server's book")
                .contains("Sourdough Starter");
        assertThat(StudybotOnFakeDiscord.text(bot.answer(
                        discord.slashCommand("section").option("number", "2").inDirectMessage())))
                .as("the default book, elsewhere")
                .doesNotContain("Sourdough");
        assertThat(StudybotOnFakeDiscord.text(bot.answer(
                        discord.slashCommand("search").option("query", "hooch").by(Invoker.MEMBER))))
                .contains("Sourdough Starter");
        assertThat(StudybotOnFakeDiscord.text(bot.answer(
                        discord.slashCommand("quiz").subcommand("next").by(Invoker.MEMBER))))
                .as("a card of the server's book")
                .containsAnyOf("dough", "flour", "loaf", "bread", "starter", "oven", "crust", "yeast");
        assertThat(StudybotOnFakeDiscord.text(bot.answer(discord.slashCommand("section")
                        .option("number", "2")
                        .in(other)
                        .by(Invoker.MEMBER))))
                .as("another server reads the default book")
                .doesNotContain("Sourdough");
        assertThat(StudybotOnFakeDiscord.text(bot.answer(discord.slashCommand("search")
                        .option("query", "hooch")
                        .in(other)
                        .by(Invoker.MEMBER))))
                .doesNotContain("Sourdough");
        assertThat(StudybotOnFakeDiscord.text(bot.answer(discord.slashCommand("quiz")
                        .subcommand("next")
                        .in(other)
                        .by(Invoker.MEMBER))))
                .doesNotContain("Sourdough");

        Book ours = bot.studybot()
                .shelf()
                .find(OptionalLong.of(Long.parseLong(discord.world().guildId())), "our-own-book")
                .orElseThrow()
                .current()
                .get();
        Book shared = bot.book().get();
        bot.setTips(discord.world(), Invoker.ADMIN, "09:01");
        bot.setTips(other, Invoker.ADMIN, "09:01");
        bot.clock().advance(Duration.ofMinutes(2));
        JsonNode ourPost = discord.rest()
                .awaitRequest(bot.postIn(discord.world()), StudybotOnFakeDiscord.WAIT)
                .json();
        JsonNode otherPost = discord.rest()
                .awaitRequest(bot.postIn(other), StudybotOnFakeDiscord.WAIT)
                .json();
        assertThat(dailyCard(ourPost))
                .as("the question of the day from the server's book")
                .matches(card -> ours.quiz().find(card).isPresent())
                .matches(card -> shared.quiz().find(card).isEmpty());
        assertThat(ours.tips().tips())
                .as("the tip's Read button opens the section of a tip of the server's book")
                .anyMatch(tip -> tip.source().toString().equals(readSection(ourPost)));
        assertThat(dailyCard(otherPost))
                .as("another server's question of the day from the default book")
                .matches(card -> shared.quiz().find(card).isPresent());
        assertThat(shared.tips().tips()).anyMatch(tip -> tip.source().toString().equals(readSection(otherPost)));
        assertThat(ours.library().sections())
                .noneMatch(section -> section.number().toString().equals(readSection(otherPost)));

        bot.studybot().awaitSearchByMeaning(Duration.ofMinutes(3));
        assertThat(ours.searchIndex().searchesByMeaning())
                .as("the upload has vectors of its own")
                .isTrue();
        assertThat(shared.searchIndex().searchesByMeaning()).isTrue();
        Path embeddings = bot.config().dataFolder().resolve("embeddings");
        assertThat(embeddings.resolve("seeds/all-minilm-l6-v2-q.vectors")).isRegularFile();
        assertThat(embeddings.resolve(
                        "server-" + discord.world().guildId() + "/our-own-book/all-minilm-l6-v2-q.vectors"))
                .isRegularFile();

        JsonNode question =
                bot.answer(discord.slashCommand("quiz").subcommand("next").by(Invoker.MEMBER));
        String choice = StudybotOnFakeDiscord.customIds(question).stream()
                .filter(id -> id.startsWith("quiz:a:"))
                .findFirst()
                .orElseThrow();
        clicked(discord.buttonClick(choice)
                .onMessage(DiscordPayloads.botMessage(
                        discord.world(),
                        StudybotOnFakeDiscord.messageIdAt(bot.clock().instant()),
                        discord.world().channelId(),
                        question,
                        true))
                .by(Invoker.MEMBER));
        assertThat(quizStats())
                .as("the answer counts for the server's book")
                .contains("Answered: 1", "Your answers in this server, to questions from Our Book");
        bot.answer(discord.slashCommand("book")
                .subcommand("use")
                .option("book", "seeds")
                .by(Invoker.ADMIN));
        assertThat(quizStats())
                .as("another book has a schedule of its own")
                .contains("You haven't answered a question in this server yet (book: ")
                .doesNotContain("Our Book");
        bot.answer(discord.slashCommand("book")
                .subcommand("use")
                .option("book", "our-own-book")
                .by(Invoker.ADMIN));
        assertThat(quizStats()).as("switching back resumes").contains("Answered: 1", "Our Book");

        JsonNode prompt = bot.answer(discord.slashCommand("book")
                .subcommand("remove")
                .option("book", "our-own-book")
                .by(Invoker.ADMIN));
        String remove = StudybotOnFakeDiscord.customIds(prompt).stream()
                .filter(id -> id.startsWith("book:remove:"))
                .findFirst()
                .orElseThrow();
        assertThat(StudybotOnFakeDiscord.text(
                        clicked(discord.buttonClick(remove).by(Invoker.ADMIN))))
                .contains("is gone from this server");
        Path ourVectors = embeddings.resolve("server-" + discord.world().guildId());
        Awaitility.await("the removed book's vectors deleted")
                .atMost(StudybotOnFakeDiscord.WAIT)
                .until(() -> !Files.exists(ourVectors));
        assertThat(new SqlReviewStore(bot.store())
                        .books(Long.parseLong(discord.world().guildId())))
                .as("the removed book's quiz data deleted")
                .isEmpty();
        DiscordOpenApi.assertAllConform(discord.rest().requests().all());
    }

    private String quizStats() {
        return StudybotOnFakeDiscord.plainText(
                bot.answer(discord.slashCommand("quiz").subcommand("stats").by(Invoker.MEMBER)));
    }

    /** A click's answer: the follow-up when the bot first updated or deferred, else the callback's own. */
    private JsonNode clicked(InteractionBuilder click) {
        SentInteraction sent = click.send();
        JsonNode callback =
                discord.awaitCallback(sent, StudybotOnFakeDiscord.WAIT).json();
        int type = callback.path("type").asInt();
        if (type != 5 && type != 6 && type != 7) {
            return callback.path("data");
        }
        return discord.rest()
                .awaitRequest(
                        request -> request.at("POST", sent.followupPath())
                                || request.at("PATCH", sent.originalMessagePath()),
                        StudybotOnFakeDiscord.WAIT)
                .json();
    }

    /** The section a daily post's Read button opens ({@code open:<section>:<page>}). */
    private static String readSection(JsonNode post) {
        return StudybotOnFakeDiscord.customIds(post).stream()
                .filter(id -> id.startsWith("open:"))
                .map(id -> id.split(":")[1])
                .findFirst()
                .orElseThrow();
    }

    /** The card id of a daily post's question of the day, from its answer buttons ({@code quiz:a:<card>:...}). */
    private static String dailyCard(JsonNode post) {
        return StudybotOnFakeDiscord.customIds(post).stream()
                .filter(id -> id.startsWith("quiz:a:"))
                .map(id -> id.split(":")[2])
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aFileOverTheLimitIsRefusedFromItsClaimedSizeBeforeItIsDownloaded() throws Exception {
        Path epub = ShelfFixtures.epub(temp.resolve("big.epub"), "big-book", "Big Book", "Journal");
        SentAttachment file = discord.attachment("big.epub", Files.readAllBytes(epub))
                .claimingSize(bot.config().book().uploads().maxBytes() + 1);

        JsonNode refused = bot.answer(discord.slashCommand("book")
                .subcommand("add")
                .option("file", file)
                .by(Invoker.ADMIN));

        assertThat(StudybotOnFakeDiscord.text(refused)).contains("over this bot's limit", "Nothing was downloaded");
        assertThat(discord.rest().attachmentDownloads()).isZero();
        assertThat(bot.config().dataFolder().resolve("books")).doesNotExist();
    }
}
