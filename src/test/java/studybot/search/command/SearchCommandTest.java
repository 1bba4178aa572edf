package studybot.search.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studybot.book.Book;
import studybot.book.BookBinder;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.facts.KeyFactExtractor;
import studybot.i18n.Languages;
import studybot.library.TestBooks;
import studybot.reply.Reply;
import studybot.section.SectionPager;
import studybot.section.SectionReplies;

/** {@code /search} with words the book lacks: the reply says which query ran and which typed words it replaced. */
class SearchCommandTest {

    private static Book seed;
    private final SearchCommand command = new SearchCommand(new SectionReplies(new SectionPager()));

    @BeforeAll
    static void bind() {
        seed = new BookBinder(new CacheConfig(100, 600, true), new SearchConfig(5, false), new KeyFactExtractor())
                .bind(TestBooks.seed());
    }

    /**
     * "Nothing matched … as typed" was false for a question whose other words match the book: only the replaced words
     * are missing from it, so those are what the line names.
     */
    @Test
    void aCorrectionNamesTheWordsTheBookLacks() {
        Reply reply = command.answer(
                seed, "read replicaton lag with conection pooling", Languages.ENGLISH, Languages.ENGLISH);

        assertThat(reply.text().plainText())
                .isEqualTo("Showing results for read replication lag with connection pooling"
                        + " (this book has no \"replicaton\" and \"conection\").");
    }

    @Test
    void aWordTypedTwiceIsNamedOnce() {
        Reply reply = command.answer(seed, "replicaton replicaton", Languages.ENGLISH, Languages.ENGLISH);

        assertThat(reply.text().plainText()).endsWith("(this book has no \"replicaton\").");
    }

    @Test
    void theLineIsInThePlacesLanguage() {
        Reply reply = command.answer(seed, "replicaton lag", Languages.ENGLISH, Locale.GERMAN);

        assertThat(reply.text().plainText())
                .isEqualTo("Ergebnisse für replication lag (dieses Buch enthält „replicaton“ nicht).");
    }

    @Test
    void nothingIsSaidWhenEveryWordIsInTheBook() {
        Reply reply = command.answer(seed, "replication lag", Languages.ENGLISH, Languages.ENGLISH);

        assertThat(reply.text().plainText()).isEmpty();
    }
}
