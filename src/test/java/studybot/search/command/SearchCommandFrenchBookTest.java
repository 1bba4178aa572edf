package studybot.search.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import studybot.book.Book;
import studybot.book.BookBinder;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.facts.KeyFactExtractor;
import studybot.library.BookExample;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.formats.BookFormats;
import studybot.reply.Reply;
import studybot.section.SectionPager;
import studybot.section.SectionReplies;

/** {@code /search} refusing bad input on a French book suggests a word of that book, not of the English seed. */
class SearchCommandFrenchBookTest {

    private final SearchCommand command = new SearchCommand(new SectionReplies(new SectionPager()));

    @Test
    void anEmptyOrWordlessSearchSuggestsAWordOfTheBook() throws Exception {
        Book ferme = new BookBinder(new CacheConfig(100, 600, true), new SearchConfig(5, false), new KeyFactExtractor())
                .bind(BookFormats.importer(
                                ImportLimits.DEFAULT,
                                Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC))
                        .importBook(Path.of("src/test/resources/books/french/ferme.html"))
                        .library());
        String word = BookExample.of(ferme.library()).word();

        Reply wordless = command.answer(ferme, "!!! ???", Locale.FRENCH, Locale.FRENCH);
        Reply empty = command.answer(ferme, "   ", Locale.FRENCH, Locale.FRENCH);

        assertThat(word).isNotBlank();
        assertThat(wordless.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(wordless.text().plainText()).doesNotContain("replication").contains(word);
        assertThat(empty.text().plainText()).doesNotContain("pooling").contains("/search " + word);
    }
}
