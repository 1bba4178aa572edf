package studybot.book;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.facts.KeyFactExtractor;
import studybot.library.LibraryException;
import studybot.library.LibraryLoader;
import studybot.library.SeedLimits;
import studybot.library.SeedParser;
import studybot.library.TestBooks;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.formats.BookFormats;
import studybot.testing.LogCapture;

/**
 * Every edition, seed text or imported, logs its load summary in one line (and how its text told its language, when
 * nothing named it), and its quiz deck's size in another once built: the figures {@code /stats} shows.
 */
class BookLoadSummaryLogTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    private final BookBinder binder =
            new BookBinder(new CacheConfig(100, 600, true), new SearchConfig(5, false), new KeyFactExtractor());

    @Test
    void theSeedTextLogsOneSummaryLineSayingNothingWasSkippedThenItsQuizDeck() {
        try (LogCapture log = LogCapture.of(Level.INFO, BookBinder.class.getName())) {
            Book book = binder.bind(TestBooks.seed());

            assertThat(log.messages(Level.INFO)).hasSize(3);
            assertThat(log.messages(Level.INFO).get(0))
                    .startsWith("Book loaded, seed text: "
                            + book.library().chapters().size() + " chapters, ")
                    .contains(" words · ", " code block", " table", " image")
                    .contains(String.format(
                            Locale.ROOT, "; %,d key facts; ", book.facts().all().size()))
                    .endsWith("; nothing skipped");
            assertThat(log.messages(Level.INFO).get(1))
                    .startsWith("  Written in English (told from its text: ")
                    .contains(" prose words are English stop words, ");
            assertThat(log.messages(Level.INFO).get(2))
                    .startsWith("Quiz deck built, seed text, "
                            + book.library().chapters().size() + " chapters, ")
                    .endsWith(String.format(
                            Locale.ROOT, ": %,d quiz questions", book.quiz().size()));
        }
    }

    @Test
    void anImportedBookLogsItsFormatAndSkippedPartsByKindOncePerLoad(@TempDir Path temp)
            throws IOException, LibraryException {
        Path book = Files.createDirectories(temp.resolve("handbook"));
        try (var pages = Files.list(Path.of("src/test/resources/books/html-book"))) {
            for (Path page : pages.toList()) {
                Files.copy(page, book.resolve(page.getFileName().toString()));
            }
        }
        LibraryLoader loader = new LibraryLoader(
                new SeedParser(), CLOCK, SeedLimits.DEFAULT, BookFormats.importer(ImportLimits.DEFAULT, CLOCK));

        try (LogCapture log = LogCapture.of(Level.INFO, BookBinder.class.getName())) {
            binder.bind(loader.load(temp));
            binder.bind(loader.load(temp));

            assertThat(log.messages(Level.INFO))
                    .filteredOn(line -> line.startsWith("Book loaded, "))
                    .hasSize(2)
                    .allSatisfy(line -> assertThat(line)
                            .startsWith("Book loaded, HTML: ")
                            .contains(" key facts; ")
                            .contains("; skipped "));
        }
    }
}
