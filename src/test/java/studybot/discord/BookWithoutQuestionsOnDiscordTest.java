package studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.WAIT;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import studybot.dailytips.discord.StudybotOnFakeDiscord;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.InteractionBuilder;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.SentInteraction;
import studybot.testing.Started;
import studybot.testing.StudybotExtension;

/**
 * A server reading a Japanese book, which gives no tips and no quiz questions: {@code /help} marks {@code /tip},
 * {@code /quiz}, {@code /round} and {@code /remind} as having nothing to give with it, and {@code /remind on} keeps the
 * reminder but says at once, in the member's language, that there is nothing to remind of.
 */
class BookWithoutQuestionsOnDiscordTest {

    private static final Instant START = Instant.parse("2026-12-07T08:00:00Z");
    private static final Path JAPANESE_BOOK = Path.of("src/test/resources/books/japanese/toshokan.html");

    @RegisterExtension
    final StudybotExtension studybot = StudybotExtension.startingAt(START);

    @Started
    private StudybotOnFakeDiscord bot;

    @Started
    private FakeDiscord discord;

    @TempDir
    Path temp;

    @Test
    void helpAndRemindSayTheBookHasNothingToAsk() throws Exception {
        assertThat(text(answer(discord.slashCommand("help").by(Invoker.MEMBER))))
                .as("the seed book has tips and questions")
                .doesNotContain("not with this book");

        useTheJapaneseBook();

        String help = text(answer(discord.slashCommand("help").by(Invoker.MEMBER)));
        assertThat(help)
                .contains("`/tip` A study tip from the book (not with this book: it has no tips)")
                .containsPattern("`/quiz [^\\n]*\\(not with this book: it has no quiz questions\\)")
                .containsPattern("`/round [^\\n]*\\(not with this book: it has no quiz questions\\)")
                .containsPattern("`/remind [^\\n]*\\(not with this book: it has no quiz questions\\)");
        assertThat(help).containsPattern("`/search query` [^\\n]*[^)]\\n");

        String on = text(bot.reply(discord.slashCommand("remind")
                .subcommand("on")
                .option("time", "19:00")
                .userLocale("fr")
                .by(Invoker.MEMBER)));
        assertThat(on)
                .contains("Je t’enverrai un MP à 19:00")
                .contains("Le livre lu ici n’a pas de questions de quiz")
                .contains("Le rappel reste enregistré\u00a0:");
    }

    /** Sends the Japanese book as the server's own and chooses it. */
    private void useTheJapaneseBook() throws IOException {
        Path zip = temp.resolve("toshokan.zip");
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream entries = new ZipOutputStream(out)) {
            entries.putNextEntry(new ZipEntry("toshokan.html"));
            entries.write(Files.readAllBytes(JAPANESE_BOOK));
            entries.closeEntry();
        }
        String added = text(answer(discord.slashCommand("book")
                .subcommand("add")
                .option("file", discord.attachment("toshokan.zip", Files.readAllBytes(zip)))
                .by(Invoker.ADMIN)));
        Matcher id = Pattern.compile("id `([^`]+)`").matcher(added);
        assertThat(id.find()).as(added).isTrue();
        assertThat(text(answer(discord.slashCommand("book")
                        .subcommand("use")
                        .option("book", id.group(1))
                        .by(Invoker.ADMIN))))
                .contains("This server reads");
    }

    /** The answer to an interaction, after a deferral its edit or followup. */
    private JsonNode answer(InteractionBuilder interaction) {
        SentInteraction sent = interaction.send();
        JsonNode callback = discord.awaitCallback(sent, WAIT).json();
        if (callback.path("type").asInt() != 5) {
            return callback.path("data");
        }
        return discord.rest()
                .awaitRequest(
                        request -> request.at("POST", sent.followupPath())
                                || request.at("PATCH", sent.originalMessagePath()),
                        WAIT)
                .json();
    }
}
