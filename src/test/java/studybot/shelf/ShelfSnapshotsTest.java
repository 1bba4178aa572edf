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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.library.snapshot.BookSnapshots;
import studybot.testing.LogCapture;

/**
 * The shelf keeps a snapshot of every book it parsed once the book is served, reads a restart's books from them, and
 * deletes the snapshots of books gone from the seeds folder or removed by their server.
 */
class ShelfSnapshotsTest {

    private static final long SERVER = 42;

    @TempDir
    Path temp;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void aRestartReadsEveryBookFromItsSnapshotAndServesTheSameBooks() throws Exception {
        Path seeds = seeds();
        List<ReadBook> first = new java.util.ArrayList<>();
        try (Shelf shelf = shelf(seeds)) {
            shelf.loadAll();
            assertThat(snapshots()).containsExactlyInAnyOrder("html-book.read", "notes.md.read");
            first.add(shelf.readFirst());
        }

        try (LogCapture log = LogCapture.of(Level.INFO, BookSnapshots.class.getName());
                Shelf restarted = shelf(seeds)) {
            ReadBook again = restarted.readFirst();
            restarted.load(again);

            assertThat(log.messages(Level.INFO))
                    .filteredOn(line -> line.contains("from its snapshot"))
                    .hasSize(2);
            assertThat(again.unkept()).isEmpty();
            BookReadingSnapshotsTest.assertSameBook(again, first.get(0));
            assertThat(restarted.all())
                    .extracting(book -> book.id().value())
                    .containsExactlyInAnyOrder("html-book", "notes");
        }
    }

    @Test
    void onlyABookThatMustBeParsedWaitsForItsTurnASnapshotIsReadAtOnce() throws Exception {
        Path seeds = seeds();
        AtomicInteger turnsAwaited = new AtomicInteger();
        try (Shelf shelf = shelf(seeds)) {
            shelf.load(shelf.readFirst(turnsAwaited::incrementAndGet));

            assertThat(turnsAwaited).hasValue(1);
        }

        try (Shelf restarted = shelf(seeds)) {
            ReadBook again = restarted.readFirst(turnsAwaited::incrementAndGet);

            assertThat(turnsAwaited).hasValue(1);
            assertThat(again.unkept()).isEmpty();
        }
    }

    @Test
    void aHostileSnapshotIsOneLineTheBookIsParsedAndTheSnapshotWrittenAnew() throws Exception {
        Path seeds = seeds();
        Files.createDirectories(folder());
        Files.write(folder().resolve("html-book.read"), new byte[] {0, 0, 0, 0x7f, -1, -1, -1, -1});
        Files.createDirectories(folder().resolve("notes.md.read").resolve("a folder"));

        try (LogCapture log = LogCapture.of(Level.INFO, BookSnapshots.class.getName());
                Shelf shelf = shelf(seeds)) {
            shelf.loadAll();

            assertThat(log.messages(Level.INFO))
                    .filteredOn(line -> line.startsWith("Reading "))
                    .hasSize(2)
                    .allMatch(line -> line.contains("damaged") || line.contains("cannot be read"));
            assertThat(shelf.all()).hasSize(2);
        }
        assertThat(folder().resolve("notes.md.read")).isRegularFile();
        try (LogCapture log = LogCapture.of(Level.INFO, BookSnapshots.class.getName());
                Shelf restarted = shelf(seeds)) {
            restarted.loadAll();

            assertThat(log.messages(Level.INFO))
                    .filteredOn(line -> line.contains("from its snapshot"))
                    .hasSize(2);
        }
    }

    @Test
    void aBookGoneFromTheSeedsLosesItsSnapshotAtTheNextStartOrReload() throws Exception {
        Path seeds = seeds();
        try (Shelf shelf = shelf(seeds)) {
            shelf.loadAll();
            Files.delete(seeds.resolve("notes.md"));
            shelf.reloadSeeds();

            assertThat(snapshots()).containsExactly("html-book.read");
        }
        ShelfFixtures.markdown(seeds.resolve("notes.md"), "Ledger");
        try (Shelf shelf = shelf(seeds)) {
            shelf.loadAll();
        }
        Files.delete(seeds.resolve("notes.md"));
        try (Shelf shelf = shelf(seeds)) {
            shelf.loadAll();
        }

        assertThat(snapshots()).containsExactly("html-book.read");
    }

    @Test
    void anUploadIsKeptInItsServersFolderAndItsSnapshotGoesWithIt() throws Exception {
        Path seeds = seeds();
        Path upload = ShelfFixtures.epub(temp.resolve("upload.epub"), "urn:isbn:9780000000002", "Our Book", "Table");
        try (Shelf shelf = shelf(seeds)) {
            shelf.loadAll();
            UploadOutcome outcome = shelf.add(SERVER, upload, "Our Book.epub");
            assertThat(outcome.problem()).isEmpty();
            assertThat(snapshots()).contains("server-42/our-book.epub.read");
        }
        try (LogCapture log = LogCapture.of(Level.INFO, BookSnapshots.class.getName());
                Shelf restarted = shelf(seeds)) {
            restarted.loadAll();

            assertThat(log.messages(Level.INFO)).anyMatch(line -> line.startsWith("Read server-42/our-book.epub.read"));
            BookId id = restarted.booksFor(OptionalLong.of(SERVER)).stream()
                    .filter(book -> book.uploadedBy(SERVER))
                    .findFirst()
                    .orElseThrow()
                    .id();
            assertThat(restarted.remove(SERVER, id)).isTrue();
        }

        assertThat(snapshots()).containsExactlyInAnyOrder("html-book.read", "notes.md.read");
    }

    private Shelf shelf(Path seeds) {
        return ShelfFixtures.keepingSnapshots(seeds, temp.resolve("data").resolve("books"), folder(), clock);
    }

    private Path seeds() throws IOException {
        Path seeds = temp.resolve("seeds");
        Path html = Files.createDirectories(seeds.resolve("html-book"));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/books/html-book"))) {
            for (Path file : files.toList()) {
                Files.copy(file, html.resolve(file.getFileName()));
            }
        }
        ShelfFixtures.markdown(seeds.resolve("notes.md"), "Ledger");
        return seeds;
    }

    private Path folder() {
        return temp.resolve("data").resolve(BookSnapshots.FOLDER);
    }

    private List<String> snapshots() throws IOException {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder())) {
            return files.filter(Files::isRegularFile)
                    .map(file -> folder().relativize(file).toString())
                    .toList();
        }
    }
}
