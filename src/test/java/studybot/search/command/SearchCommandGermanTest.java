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
import studybot.search.SearchProblem;
import studybot.section.SectionPager;
import studybot.section.SectionReplies;

/** {@code /search} in German: hits in the place's language, problems in the asker's. */
class SearchCommandGermanTest {

    private static Book seed;
    private final SearchCommand command = new SearchCommand(new SectionReplies(new SectionPager()));

    @BeforeAll
    static void bind() {
        seed = new BookBinder(new CacheConfig(100, 600, true), new SearchConfig(5, false), new KeyFactExtractor())
                .bind(TestBooks.seed());
    }

    @Test
    void hitsAreTitledAndCountedInThePlacesLanguage() {
        Reply reply = command.answer(seed, "replication", Languages.ENGLISH, Locale.GERMAN);

        assertThat(reply.kind()).isEqualTo(Reply.Kind.CONTENT);
        assertThat(reply.title()).isEqualTo("Suche: replication");
        assertThat(reply.footer()).matches("1 Abschnitt|\\d+ Abschnitte, die besten zuerst");
    }

    @Test
    void aProblemIsWordedForTheAsker() {
        Reply reply = command.answer(seed, "the of and", Locale.GERMAN, Languages.ENGLISH);

        assertThat(reply.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(reply.text().plainText()).startsWith("Wörter wie „der“, „die“ und „und“ stehen in jedem Abschnitt.");
        assertThat(SearchProblem.TOO_LONG.message(Locale.GERMAN))
                .isEqualTo("Suchen sind auf 100 Zeichen begrenzt. Probier die zwei oder drei Wörter, auf die es am"
                        + " meisten ankommt.");
    }

    @Test
    void aSectionNumberOpensTheSectionInThePlacesLanguage() {
        Reply reply = command.answer(seed, "20.4", Languages.ENGLISH, Locale.GERMAN);

        assertThat(reply.footer()).isEqualTo("Kapitel 20 · Abschnitt 4 von 7");
    }
}
