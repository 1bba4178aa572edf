package studybot.library.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.library.imports.AssembledBook;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.ImportedBook;
import studybot.library.imports.LoadReport;
import studybot.library.imports.Renumbered;
import studybot.library.imports.formats.BookFormats;
import studybot.testing.LogCapture;

/**
 * The snapshots folder: a kept reading is found under its key only, and every snapshot that cannot stand in for the
 * book (missing, of another key or version, cut short, corrupt, forged, too large, a folder in its place) is one INFO
 * line and no book, never a wrong one or an exception; a damaged one is told as damaged, not as a book that changed.
 */
class BookSnapshotsTest {

    private static final Path HTML_BOOK = Path.of("src/test/resources/books/html-book");
    private static final String NAME = "html-book.read";
    /** Where the first string's length (the book's id) sits: after the magic word, the version and the key. */
    private static final int FIRST_LENGTH = "studybot-book-read".length() + 4 + 64;

    @TempDir
    Path temp;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);
    private Path folder;
    private BookSnapshots snapshots;
    private SnapshotKey key;
    private ReadingSnapshot reading;

    @BeforeEach
    void keepOne() throws Exception {
        folder = temp.resolve("data").resolve(BookSnapshots.FOLDER);
        snapshots = new BookSnapshots(folder, ImportLimits.DEFAULT, clock);
        AssembledBook book = BookFormats.importer(ImportLimits.DEFAULT, clock).importBook(HTML_BOOK);
        reading = new ReadingSnapshot("html-book", "Caching", "", book.library(), book.report());
        key = snapshots.key(HTML_BOOK, List.of("alias (none)")).orElseThrow();
        snapshots.keep(NAME, key, reading);
    }

    @Test
    void aKeptReadingIsFoundUnderItsKeyAndLoggedOnce() {
        try (LogCapture log = LogCapture.of(Level.INFO, BookSnapshots.class.getName())) {
            ReadingSnapshot found = snapshots.find(NAME, key).orElseThrow();

            assertThat(found.library().sections()).isEqualTo(reading.library().sections());
            assertThat(found.report()).isEqualTo(reading.report());
            assertThat(log.messages(Level.INFO)).singleElement().asString().contains("from its snapshot");
        }
    }

    @Test
    void theFolderAndTheSnapshotAreOwnerOnly() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(NAME))))
                .isEqualTo("rw-------");
    }

    @Test
    void theKeyChangesWithTheBooksBytesItsSettingsAndTheLimits() throws IOException {
        Path copy = temp.resolve("copy");
        Files.createDirectories(copy);
        try (var files = Files.list(HTML_BOOK)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        SnapshotKey before = snapshots.key(copy, List.of("alias (none)")).orElseThrow();
        assertThat(snapshots.key(copy, List.of("alias (none)"))).contains(before);
        assertThat(snapshots.key(copy, List.of("alias manual"))).isNotEqualTo(Optional.of(before));
        assertThat(new BookSnapshots(folder, new ImportLimits(1_000_000, 2_000_000, 1_000_000, 100, 1_000), clock)
                        .key(copy, List.of("alias (none)")))
                .isNotEqualTo(Optional.of(before));

        Path page = copy.resolve("basics.html");
        byte[] bytes = Files.readAllBytes(page);
        bytes[bytes.length / 2] ^= 1;
        Files.write(page, bytes);

        assertThat(snapshots.key(copy, List.of("alias (none)"))).isNotEqualTo(Optional.of(before));
    }

    @Test
    void theKeyOfABookThatIsALinkChangesWithTheFilesItPointsAt() throws IOException {
        Path release = Files.createDirectories(temp.resolve("release"));
        Files.copy(HTML_BOOK.resolve("basics.html"), release.resolve("basics.html"));
        Path link = Files.createSymbolicLink(temp.resolve("linked-book"), release);
        SnapshotKey before = snapshots.key(link, List.of()).orElseThrow();

        Files.writeString(release.resolve("basics.html"), "<html><h1>Changed</h1></html>");

        assertThat(snapshots.key(link, List.of())).isPresent().isNotEqualTo(Optional.of(before));
    }

    @Test
    void aMissingSnapshotIsOneLine() {
        assertUnusable("other.read", key, "has no snapshot yet");
    }

    @Test
    void aSnapshotOfOtherFilesOrSettingsIsNotUsed() throws IOException {
        SnapshotKey other = snapshots.key(HTML_BOOK, List.of("alias other")).orElseThrow();

        assertUnusable(NAME, other, "changed since it was kept");
    }

    @Test
    void aSnapshotOfAnotherLayoutVersionIsNotUsed() throws IOException {
        byte[] bytes = kept();
        ByteBuffer.wrap(bytes).putInt("studybot-book-read".length(), SnapshotCodec.VERSION + 1);
        Files.write(folder.resolve(NAME), bytes);

        assertUnusable(NAME, key, "layout version " + (SnapshotCodec.VERSION + 1));
    }

    @Test
    void aSnapshotCutShortIsNotUsed() throws IOException {
        byte[] bytes = kept();
        for (int length : new int[] {0, 3, 40, FIRST_LENGTH + 2, bytes.length / 2, bytes.length - 1}) {
            Files.write(folder.resolve(NAME), Arrays.copyOf(bytes, length));

            assertUnusable(NAME, key, "");
        }
    }

    @Test
    void aCorruptSnapshotIsNotUsed() throws IOException {
        byte[] bytes = kept();
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(folder.resolve(NAME), bytes);

        assertUnusable(NAME, key, "checksum does not match");
    }

    @Test
    void aDamagedSnapshotIsLoggedAsDamagedNotAsABookThatChanged() throws IOException {
        byte[] bytes = kept();
        Files.write(folder.resolve(NAME), Arrays.copyOf(bytes, bytes.length / 2));
        SnapshotKey restoredFromABackup =
                snapshots.key(HTML_BOOK, List.of("alias other")).orElseThrow();

        for (SnapshotKey asked : List.of(key, restoredFromABackup)) {
            try (LogCapture log = LogCapture.of(Level.INFO, BookSnapshots.class.getName())) {
                assertThat(snapshots.find(NAME, asked)).isEmpty();

                assertThat(log.messages(Level.INFO))
                        .containsExactly("Reading " + NAME + " from its files: its snapshot " + folder.resolve(NAME)
                                + " is damaged (cut short or corrupt: its checksum does not match); it is written"
                                + " again");
            }
        }
    }

    @Test
    void aFileThatIsNoSnapshotIsNotUsed() throws IOException {
        Files.writeString(folder.resolve(NAME), "<html>not a snapshot at all, but long enough to hold a header</html>");

        assertUnusable(NAME, key, "not a snapshot of a book");
    }

    @Test
    void forgedLengthsAreCheckedAgainstTheBytesLeftBeforeAnythingIsAllocated() throws IOException {
        for (int length : new int[] {Integer.MAX_VALUE, -1, 1 << 28}) {
            byte[] bytes = kept();
            ByteBuffer.wrap(bytes).putInt(FIRST_LENGTH, length);
            Files.write(folder.resolve(NAME), withChecksum(bytes));

            assertUnusable(NAME, key, "items with");
        }
    }

    @Test
    void aSnapshotHoldingMoreTextThanTheLimitsAllowIsNotUsed() throws IOException {
        byte[] bytes = kept();

        assertThatThrownBy(() -> SnapshotCodec.decode(
                        bytes, key, new ImportLimits(1, 1, 1, 1, bytes.length / 4), clock.instant()))
                .isInstanceOf(UnusableSnapshot.class)
                .hasMessageContaining("more text than the import limits allow");
    }

    @Test
    void aSnapshotFileLargerThanTheLimitsAllowIsNotEvenRead() throws IOException {
        try (RandomAccessFile huge = new RandomAccessFile(folder.resolve(NAME).toFile(), "rw")) {
            huge.setLength(SnapshotCodec.maxBytes(ImportLimits.DEFAULT) + 1);
        }

        assertUnusable(NAME, key, "too large");
    }

    @Test
    void theRenumberedHeadingsKeepWhereTheirOrderCameFrom() throws UnusableSnapshot {
        LoadReport report = reading.report();
        List<Renumbered> renumbered = Arrays.stream(ImportedBook.Order.values())
                .map(order -> new Renumbered("1 API (api.html)", "3", order))
                .toList();
        ReadingSnapshot withRenumbered = new ReadingSnapshot(
                reading.id(),
                reading.title(),
                reading.author(),
                reading.library(),
                new LoadReport(
                        report.source(),
                        report.title(),
                        report.author(),
                        report.sectionsByDepth(),
                        report.words(),
                        report.codeBlocks(),
                        report.tables(),
                        report.images(),
                        report.skipped(),
                        renumbered,
                        report.keptShare()));

        ReadingSnapshot decoded = SnapshotCodec.decode(
                SnapshotCodec.encode(key, withRenumbered), key, ImportLimits.DEFAULT, clock.instant());

        assertThat(decoded.report().renumbered()).isEqualTo(renumbered);
    }

    @Test
    void aFolderInPlaceOfTheSnapshotIsOneLineAndReplacedByTheNextKeep() throws IOException {
        Files.delete(folder.resolve(NAME));
        Files.createDirectories(folder.resolve(NAME).resolve("inside"));
        Files.writeString(folder.resolve(NAME).resolve("inside").resolve("file"), "x");

        assertUnusable(NAME, key, "cannot be read");

        snapshots.keep(NAME, key, reading);
        assertThat(folder.resolve(NAME)).isRegularFile();
        assertThat(snapshots.find(NAME, key)).isPresent();
    }

    @Test
    void aDataFolderWhereNoSnapshotCanBeWrittenIsOneLineAndNothingElse() throws IOException {
        Path blocked = temp.resolve("blocked");
        Files.writeString(blocked, "a file where the folder should be");
        BookSnapshots unwritable =
                new BookSnapshots(blocked.resolve(BookSnapshots.FOLDER), ImportLimits.DEFAULT, clock);

        try (LogCapture log = LogCapture.of(Level.INFO, BookSnapshots.class.getName())) {
            unwritable.keep(NAME, key, reading);

            assertThat(log.messages(Level.INFO)).singleElement().asString().startsWith("Kept no snapshot of " + NAME);
        }
    }

    @Test
    void onlyTheNamedSnapshotsStayAndNamesCannotLeaveTheFolder() throws IOException {
        snapshots.keep("server-42/notes.epub.read", key, reading);
        snapshots.keep("gone.read", key, reading);
        Files.writeString(folder.resolve("python.read12345.part"), "left by a write that was cut off");

        snapshots.keepOnly(Set.of(NAME, "server-42/notes.epub.read"));

        try (var left = Files.walk(folder)) {
            assertThat(left.filter(Files::isRegularFile)
                            .map(path -> folder.relativize(path).toString()))
                    .containsExactlyInAnyOrder(NAME, "server-42/notes.epub.read");
        }
        snapshots.forget("server-42/notes.epub.read");
        snapshots.keepOnly(Set.of(NAME));
        assertThat(folder.resolve("server-42")).doesNotExist();
        assertThatThrownBy(() -> snapshots.find("../outside.read", key))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a snapshot's name");
    }

    private byte[] kept() throws IOException {
        return Files.readAllBytes(folder.resolve(NAME));
    }

    private void assertUnusable(String name, SnapshotKey asked, String reason) {
        try (LogCapture log = LogCapture.of(Level.INFO, BookSnapshots.class.getName())) {
            assertThat(snapshots.find(name, asked)).isEmpty();

            assertThat(log.messages(Level.INFO))
                    .singleElement()
                    .asString()
                    .startsWith("Reading " + name + " from its files")
                    .contains(reason);
        }
    }

    /** {@code bytes} with the checksum at their end made right again, as a forger would. */
    private static byte[] withChecksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        ByteBuffer.wrap(bytes).putInt(bytes.length - 4, (int) crc.getValue());
        return bytes;
    }
}
