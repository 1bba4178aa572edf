package studybot.help.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studybot.book.Book;
import studybot.book.BookBinder;
import studybot.command.Access;
import studybot.command.CommandSpec;
import studybot.command.Reach;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.facts.KeyFactExtractor;
import studybot.i18n.Languages;
import studybot.i18n.Texts;
import studybot.library.TestBooks;
import studybot.reply.Reply;

/** {@code /help} in German, with the commands described in German where they are translated. */
class HelpCommandGermanTest {

    private static Book seed;
    private final HelpCommand help = new HelpCommand(place -> true, Texts.load("help"));

    @BeforeAll
    static void bind() {
        seed = new BookBinder(new CacheConfig(100, 600, true), new SearchConfig(5, false), new KeyFactExtractor())
                .bind(TestBooks.seed());
    }

    @Test
    void helpIsInGermanWithTheBooksExamples() {
        Reply reply = help.answer(seed, List.of(help.spec()), Locale.GERMAN);

        assertThat(reply.title()).isEqualTo("studybot-Hilfe");
        assertThat(reply.footer()).isEqualTo("15 Abschnitte geladen");
        assertThat(reply.text().plainText())
                .startsWith("/help Was studybot kann, mit Beispielen\n\nProbier /section 20.4, /section 20 oder")
                .endsWith("Kapitel im Buch: 20 (7 Abschnitte), 62 (8 Abschnitte).");
    }

    @Test
    void aBookWithTipsAndQuestionsMarksNoCommand() {
        CommandSpec tip = CommandSpec.of("tip", "A study tip from the book", Access.EVERYONE, Reach.EVERYWHERE);

        Reply reply = help.answer(seed, List.of(tip), Languages.ENGLISH);

        assertThat(seed.tips().size()).isPositive();
        assertThat(reply.text().plainText()).startsWith("/tip A study tip from the book\n\nTry ");
    }

    @Test
    void englishHelpReadsAsItAlwaysDid() {
        Reply reply = help.answer(seed, List.of(help.spec()), Languages.ENGLISH);

        assertThat(reply.title()).isEqualTo("studybot help");
        assertThat(reply.footer()).isEqualTo("15 sections loaded");
        assertThat(reply.text().plainText())
                .startsWith("/help What studybot can do, with examples\n\nTry /section 20.4, /section 20 or /search ")
                .endsWith(". Typos are fine.\n\nChapters in the book: 20 (7 sections), 62 (8 sections).");
    }
}
