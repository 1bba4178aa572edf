package studybot.shelf;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studybot.book.BookBinder;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.facts.KeyFactExtractor;
import studybot.library.LibraryLoader;
import studybot.library.SeedLimits;
import studybot.library.SeedParser;
import studybot.library.imports.BookAssembler;
import studybot.library.imports.BookImporter;
import studybot.library.imports.FormatReader;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.ImportedBook;
import studybot.library.imports.markdown.MarkdownReader;
import studybot.testing.LogCapture;

/**
 * A book whose reading throws what no refusal foresaw (the German EPUB's umlaut anchor threw InvalidPathException out
 * of Main) is left off the shelf with one WARN line, first book or not, and the other books serve.
 */
class ShelfUnexpectedFaultTest {

    @TempDir
    Path temp;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);

    /** A reader's bug, and a book nested deeper than a reader's stack (R's language manual ran one out of it). */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "a-broken.boom | java.lang.IllegalStateException: a fault no refusal foresaw",
                "a-nested.deep | java.lang.StackOverflowError: nested deeper than the reader's stack"
            })
    void aFirstBookThatFailsUnexpectedlyIsLeftOffWithOneWarning(String file, String fault) throws Exception {
        Path seeds = temp.resolve("seeds");
        Files.createDirectories(seeds);
        Files.writeString(seeds.resolve(file), "anything");
        ShelfFixtures.markdown(seeds.resolve("b-notes.md"), "Ledger");

        try (Shelf shelf = shelf(seeds);
                LogCapture log = LogCapture.of(Shelf.class)) {
            shelf.loadAll();

            assertThat(shelf.booksFor(OptionalLong.empty()))
                    .extracting(book -> book.id().value())
                    .containsExactly("b-notes");
            assertThat(log.messages(Level.WARN))
                    .containsExactly("Left " + seeds.resolve(file) + " off the shelf: reading it failed unexpectedly"
                            + " (" + fault + ")");
        }
    }

    @Test
    void aLaterBookThatFailsUnexpectedlyIsLeftOffWithOneWarning() throws Exception {
        Path seeds = temp.resolve("seeds");
        ShelfFixtures.markdown(seeds.resolve("a-notes.md"), "Ledger");
        Files.writeString(seeds.resolve("b-broken.boom"), "anything");

        try (Shelf shelf = shelf(seeds);
                LogCapture log = LogCapture.of(Shelf.class)) {
            shelf.loadAll();

            assertThat(shelf.booksFor(OptionalLong.empty()))
                    .extracting(book -> book.id().value())
                    .containsExactly("a-notes");
            assertThat(log.messages(Level.WARN))
                    .singleElement()
                    .asString()
                    .startsWith("Left " + seeds.resolve("b-broken.boom") + " off the shelf: reading it failed");
        }
    }

    @Test
    void anUploadWhoseReadingFailsUnexpectedlyIsRefusedAndNotKept() throws Exception {
        Path seeds = temp.resolve("seeds");
        ShelfFixtures.markdown(seeds.resolve("a-notes.md"), "Ledger");
        Path upload = Files.writeString(temp.resolve("upload.epub"), "a book");

        try (Shelf shelf = shelf(seeds, new FaultyReader(".epub"));
                LogCapture log = LogCapture.of(Shelf.class)) {
            shelf.loadAll();
            UploadOutcome outcome = shelf.add(42, upload, "tallies.epub");

            assertThat(outcome.isAdded()).isFalse();
            assertThat(outcome.problem()).contains("a fault of studybot's, not of your file");
            assertThat(temp.resolve("uploads").resolve("42")).isEmptyDirectory();
            assertThat(log.messages(Level.WARN))
                    .singleElement()
                    .asString()
                    .contains("tallies.epub off the shelf: reading it failed unexpectedly");
        }
    }

    private Shelf shelf(Path seeds) {
        return shelf(seeds, new FaultyReader(".never"));
    }

    private Shelf shelf(Path seeds, FaultyReader faulty) {
        BookImporter importer =
                new BookImporter(List.of(faulty, new MarkdownReader()), ImportLimits.DEFAULT, new BookAssembler(clock));
        return new Shelf(
                seeds,
                temp.resolve("uploads"),
                new BookDiscovery(importer),
                new BookReading(
                        new LibraryLoader(new SeedParser(), clock, SeedLimits.DEFAULT),
                        importer,
                        List.of(),
                        BookLanguages.FROM_METADATA),
                new BookBinder(new CacheConfig(100, 60, false), new SearchConfig(5, false), new KeyFactExtractor()),
                ImportLimits.DEFAULT,
                ShelfFixtures.UPLOADS,
                "",
                clock);
    }

    /**
     * Takes {@code .boom} files and throws while reading them, as a bug in a reader would; {@code .deep} files run it
     * out of stack; and files ending in {@code alsoFaulty} it breaks on as on {@code .boom}.
     */
    private record FaultyReader(String alsoFaulty) implements FormatReader {

        @Override
        public String format() {
            return "Boom";
        }

        @Override
        public boolean accepts(Path source) {
            String name = source.getFileName().toString();
            return name.endsWith(".boom") || name.endsWith(".deep") || name.endsWith(alsoFaulty);
        }

        @Override
        public ImportedBook read(Path source, ImportLimits limits) {
            if (source.getFileName().toString().endsWith(".deep")) {
                throw new StackOverflowError("nested deeper than the reader's stack");
            }
            throw new IllegalStateException("a fault no refusal foresaw");
        }
    }
}
