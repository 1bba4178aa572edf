package studybot.shelf.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.dailytips.discord.StudybotOnFakeDiscord;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.InteractionBuilder;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.SentAttachment;
import studybot.discord.fake.SentInteraction;
import studybot.discord.openapi.DiscordOpenApi;
import studybot.shelf.ShelfFixtures;

/**
 * {@code /book} end to end: the real JDA against the fake Discord, a server manager sending the server's own book as an
 * attachment the fake's CDN serves and choosing it, after which {@code /section}, {@code /search} and the quiz answer
 * from it there and from the default book elsewhere; and a file over the limit refused from its claimed size before a
 * byte of it is downloaded.
 */
class BookOnDiscordTest {

    @TempDir
    Path temp;

    private StudybotOnFakeDiscord bot;
    private FakeDiscord discord;

    @BeforeEach
    void start() throws Exception {
        bot = StudybotOnFakeDiscord.start(temp.resolve("data"), Instant.parse("2026-12-06T08:00:00Z"));
        discord = bot.discord();
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void aManagerSendsTheServersOwnBookAndPicksIt() throws Exception {
        Path epub = ShelfFixtures.epub(temp.resolve("ours.epub"), "our-own-book", "Our Book", "Journal");
        SentAttachment file = discord.attachment("Our Book.epub", Files.readAllBytes(epub));

        JsonNode added = answer(discord.slashCommand("book")
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

        JsonNode chosen = answer(discord.slashCommand("book")
                .subcommand("use")
                .option("book", "our-own-book")
                .by(Invoker.ADMIN));
        assertThat(StudybotOnFakeDiscord.text(chosen)).contains("This server reads Our Book");

        assertThat(StudybotOnFakeDiscord.text(
                        answer(discord.slashCommand("book").subcommand("list").by(Invoker.MEMBER))))
                .containsPattern("`our-own-book` Our Book by Ada Example \\(this server's own\\)\\W*← read here");
        assertThat(StudybotOnFakeDiscord.text(
                        answer(discord.slashCommand("book").subcommand("list").inDirectMessage())))
                .doesNotContain("our-own-book");
        assertThat(StudybotOnFakeDiscord.text(answer(
                        discord.slashCommand("section").option("number", "2").by(Invoker.MEMBER))))
                .as("the server's book")
                .contains("Sourdough Starter");
        assertThat(StudybotOnFakeDiscord.text(answer(
                        discord.slashCommand("section").option("number", "2").inDirectMessage())))
                .as("the default book, elsewhere")
                .doesNotContain("Sourdough");
        assertThat(StudybotOnFakeDiscord.text(answer(
                        discord.slashCommand("search").option("query", "hooch").by(Invoker.MEMBER))))
                .contains("Sourdough Starter");
        assertThat(StudybotOnFakeDiscord.text(
                        answer(discord.slashCommand("quiz").subcommand("next").by(Invoker.MEMBER))))
                .as("a card of the server's book")
                .containsAnyOf("dough", "flour", "loaf", "bread", "starter", "oven", "crust", "yeast");
        DiscordOpenApi.assertAllConform(discord.rest().requests().all());
    }

    @Test
    void aFileOverTheLimitIsRefusedFromItsClaimedSizeBeforeItIsDownloaded() throws Exception {
        Path epub = ShelfFixtures.epub(temp.resolve("big.epub"), "big-book", "Big Book", "Journal");
        SentAttachment file = discord.attachment("big.epub", Files.readAllBytes(epub))
                .claimingSize(bot.config().book().uploads().maxBytes() + 1);

        JsonNode refused = answer(discord.slashCommand("book")
                .subcommand("add")
                .option("file", file)
                .by(Invoker.ADMIN));

        assertThat(StudybotOnFakeDiscord.text(refused)).contains("over this bot's limit", "Nothing was downloaded");
        assertThat(discord.rest().attachmentDownloads()).isZero();
        assertThat(bot.config().dataFolder().resolve("books")).doesNotExist();
    }

    /** The answer's message: the callback's, or, when the bot deferred first, the one that followed. */
    private JsonNode answer(InteractionBuilder interaction) {
        SentInteraction sent = interaction.send();
        JsonNode callback =
                discord.awaitCallback(sent, StudybotOnFakeDiscord.WAIT).json();
        if (callback.path("type").asInt() != 5) {
            return callback.path("data");
        }
        return discord.rest()
                .awaitRequest(
                        request -> request.at("POST", sent.followupPath())
                                || request.at("PATCH", sent.originalMessagePath()),
                        StudybotOnFakeDiscord.WAIT)
                .json();
    }
}
