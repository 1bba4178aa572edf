package studybot.shelf;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studybot.library.snapshot.BookSnapshots;
import studybot.testing.LogCapture;

/**
 * A book read from its snapshot is the book read from its files, section for section, block for block, with the same
 * id, title, language, summary and report; a change to its files or its settings reads it from its files again.
 */
class BookReadingSnapshotsTest {

    private static final Path BOOKS = Path.of("src/test/resources/books");

    @TempDir
    Path temp;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @ValueSource(strings = {"html-book", "markdown-book", "german", "unnumbered.md", "storage.epub"})
    void aBookReadFromItsSnapshotIsTheBookReadFromItsFiles(String name) throws Exception {
        Path book = name.endsWith(".epub")
                ? ShelfFixtures.epub(temp.resolve(name), "urn:isbn:9780000000001", "Storage in Depth", "Table")
                : BOOKS.resolve(name);
        BookSource source = new BookSource(book, false, OptionalLong.empty());
        BookReading reading = ShelfFixtures.reading(
                temp.resolve("books-read"),
                List.of("markdown-book=manual"),
                new BookLanguages("", List.of("german=de")),
                clock);

        ReadBook fromFiles = reading.read(source);
        reading.keep(fromFiles);
        ReadBook fromSnapshot;
        try (LogCapture log = LogCapture.of(Level.INFO, BookSnapshots.class.getName())) {
            fromSnapshot = reading.read(source);

            assertThat(log.messages(Level.INFO)).singleElement().asString().contains("from its snapshot");
        }

        assertThat(fromFiles.unkept()).isPresent();
        assertThat(fromSnapshot.unkept()).isEmpty();
        assertSameBook(fromSnapshot, fromFiles);
    }

    @Test
    void aChangedFileOrSettingReadsTheBookFromItsFilesAgain() throws Exception {
        Path book = copy(BOOKS.resolve("html-book"), temp.resolve("seeds").resolve("html-book"));
        BookSource source = new BookSource(book, false, OptionalLong.empty());
        Path snapshots = temp.resolve("books-read");
        BookReading reading = ShelfFixtures.reading(snapshots, List.of(), BookLanguages.FROM_METADATA, clock);
        reading.keep(reading.read(source));

        Path page = book.resolve("basics.html");
        Files.writeString(page, Files.readString(page).replace("</h1>", " Revised</h1>"));
        ReadBook edited = reading.read(source);
        assertThat(edited.unkept()).as("parsed again").isPresent();
        assertThat(edited.library().sections())
                .anyMatch(section -> section.title().contains("Revised"));
        reading.keep(edited);
        assertThat(reading.read(source).unkept()).as("the edit's snapshot").isEmpty();

        BookReading aliased =
                ShelfFixtures.reading(snapshots, List.of("html-book=caching"), BookLanguages.FROM_METADATA, clock);
        ReadBook renamed = aliased.read(source);
        assertThat(renamed.unkept()).as("parsed again").isPresent();
        assertThat(renamed.id().value()).isEqualTo("caching");
        BookReading inGerman = ShelfFixtures.reading(snapshots, List.of(), new BookLanguages("de", List.of()), clock);
        assertThat(inGerman.read(source).library().language().code()).isEqualTo("de");
    }

    @Test
    void seedTextIsAlwaysReadFromItsFiles() throws Exception {
        Path snapshots = temp.resolve("books-read");
        BookReading reading = ShelfFixtures.reading(snapshots, List.of(), BookLanguages.FROM_METADATA, clock);
        ReadBook seeds = reading.read(new BookSource(BOOKS.resolve("bread"), true, OptionalLong.empty()));

        reading.keep(seeds);

        assertThat(seeds.unkept()).isEmpty();
        assertThat(snapshots).doesNotExist();
    }

    static void assertSameBook(ReadBook actual, ReadBook expected) {
        assertThat(actual.source()).isEqualTo(expected.source());
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.title()).isEqualTo(expected.title());
        assertThat(actual.author()).isEqualTo(expected.author());
        assertThat(actual.library().sections()).isEqualTo(expected.library().sections());
        assertThat(actual.library().sections())
                .extracting(section -> section.number().toString())
                .containsExactlyElementsOf(expected.library().sections().stream()
                        .map(section -> section.number().toString())
                        .toList());
        assertThat(actual.library().chapters()).isEqualTo(expected.library().chapters());
        assertThat(actual.library().chapterTitles())
                .isEqualTo(expected.library().chapterTitles());
        assertThat(actual.library().language()).isEqualTo(expected.library().language());
        assertThat(actual.library().languageFromText())
                .isEqualTo(expected.library().languageFromText());
        assertThat(actual.library().summary()).isEqualTo(expected.library().summary());
        assertThat(actual.library().index().sections()).isZero();
        assertThat(actual.library().loadedAt()).isEqualTo(expected.library().loadedAt());
        assertThat(actual.report()).isEqualTo(expected.report());
        assertThat(actual.report().lines()).isEqualTo(expected.report().lines());
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }
}
