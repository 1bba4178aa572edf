package studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.text;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import studybot.dailytips.discord.StudybotOnFakeDiscord;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.Invoker;
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
        assertThat(text(bot.answer(discord.slashCommand("help").by(Invoker.MEMBER))))
                .as("the seed book has tips and questions")
                .doesNotContain("not with this book");

        bot.useOwnBook(JAPANESE_BOOK, temp);

        String help = text(bot.answer(discord.slashCommand("help").by(Invoker.MEMBER)));
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
}
