package studybot.library.imports;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.library.BookFiles;
import studybot.library.Library;
import studybot.library.LibraryException;
import studybot.library.LibraryLoader;
import studybot.library.Section;
import studybot.library.SeedLimits;
import studybot.library.SeedParser;
import studybot.library.TestBooks;
import studybot.library.imports.formats.BookFormats;
import studybot.testing.LogCapture;

class SeedsFolderImportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    private final BookImporter importer = BookFormats.importer(ImportLimits.DEFAULT, CLOCK);
    private final LibraryLoader loader = new LibraryLoader(new SeedParser(), CLOCK, SeedLimits.DEFAULT, importer);

    @Test
    void theSeedTextLoadsExactlyAsWithoutImports() throws LibraryException {
        assertThat(loader.load(Path.of("seeds")).sections())
                .isEqualTo(TestBooks.seed().sections());
        assertThat(BookFiles.in(Path.of("seeds"), importer)).isEmpty();
    }

    @Test
    void aSeedsFolderHoldingAMarkdownBookLoadsItAndLogsTheReport(@TempDir Path temp)
            throws IOException, LibraryException {
        Files.copy(Path.of("src/test/resources/books/unnumbered.md"), temp.resolve("guide.md"));

        try (LogCapture log = LogCapture.of(Level.INFO, BookImporter.class.getName())) {
            Library library = loader.load(temp);

            assertThat(library.sections())
                    .extracting(Section::heading)
                    .containsExactly("1.0 Why Logs Matter", "2.0 Reading Logs");
            assertThat(log.messages(Level.INFO))
                    .anySatisfy(line -> assertThat(line).contains("Words:"));
        }
    }

    @Test
    void anHtmlFolderInsideTheSeedsFolderIsTheBook(@TempDir Path temp) throws IOException, LibraryException {
        Path book = Files.createDirectories(temp.resolve("handbook"));
        try (var pages = Files.list(Path.of("src/test/resources/books/html-book"))) {
            for (Path page : pages.toList()) {
                Files.copy(page, book.resolve(page.getFileName().toString()));
            }
        }

        try (LogCapture log = LogCapture.of(Level.INFO, BookImporter.class.getName())) {
            assertThat(loader.load(temp).sections()).hasSize(5);
            assertThat(log.messages(Level.INFO)).isNotEmpty();
        }
    }

    @Test
    void severalBooksServeTheFirstByNameWithAWarning(@TempDir Path temp) throws IOException, LibraryException {
        Files.copy(Path.of("src/test/resources/books/unnumbered.md"), temp.resolve("a.md"));
        Files.writeString(temp.resolve("b.md"), "# Other\n\nAnother book entirely.");

        try (LogCapture log = LogCapture.of(Level.INFO, LibraryLoader.class.getName(), BookImporter.class.getName())) {
            assertThat(loader.load(temp).sections()).hasSize(2);
            assertThat(log.messages(Level.WARN)).singleElement().asString().contains("2 books", "a.md", "b.md");
        }
    }
}
