package studybot.shelf;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.book.Book;
import studybot.config.ConfigException;
import studybot.config.UploadsConfig;
import studybot.library.LibraryException;
import studybot.testing.LogCapture;

/**
 * The shelf: which books a seeds folder holds and what they are called, the default book, rebuilding only what changed,
 * and a server's own books, hostile ones included.
 */
class ShelfTest {

    private static final Path BREAD = Path.of("src/test/resources/books/bread/home-bread-baking.txt");
    private static final OptionalLong SERVER = OptionalLong.of(42);
    private static final OptionalLong OTHER_SERVER = OptionalLong.of(43);

    @TempDir
    Path temp;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void aSeedsFolderOfTextFilesAtAnyDepthIsOneBookAsBefore() throws Exception {
        Path seeds = temp.resolve("seeds");
        Files.createDirectories(seeds.resolve("part-one/deeper"));
        Files.copy(BREAD, seeds.resolve("part-one/deeper/bread.txt"));

        try (Shelf shelf = ShelfFixtures.shelf(seeds, temp.resolve("uploads"), List.of(), "", clock)) {
            shelf.loadAll();

            assertThat(shelf.booksFor(OptionalLong.empty()))
                    .extracting(book -> book.id().value())
                    .containsExactly("seeds");
            assertThat(shelf.defaultBook().orElseThrow().title())
                    .as("titled by its file, not by the folder it is kept in")
                    .isEqualTo("Bread");
            assertThat(shelf.served().get().library().size()).isGreaterThan(1);
            assertThat(shelf.defaultBook().orElseThrow().current().get())
                    .isSameAs(shelf.served().get());
        }
    }

    @Test
    void eachBookOfTheSeedsFolderIsOneBookNamedByItsIdentifierAliasOrName() throws Exception {
        Path seeds = temp.resolve("seeds");
        ShelfFixtures.epub(seeds.resolve("b-storage.epub"), "urn:isbn:9780000000001", "Storage in Depth", "Table");
        ShelfFixtures.markdown(seeds.resolve("c-guide.md"), "Journal");
        ShelfFixtures.markdown(seeds.resolve("a-notes.md"), "Ledger");

        try (Shelf shelf =
                ShelfFixtures.shelf(seeds, temp.resolve("uploads"), List.of("c-guide.md=guide"), "", clock)) {
            shelf.loadAll();

            assertThat(shelf.booksFor(OptionalLong.empty()))
                    .extracting(book -> book.id().value(), ShelvedBook::title)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("a-notes", "Ledger"),
                            org.assertj.core.groups.Tuple.tuple("urn-isbn-9780000000001", "Storage in Depth"),
                            org.assertj.core.groups.Tuple.tuple("guide", "Journal"));
            assertThat(shelf.find(OptionalLong.empty(), "urn-isbn-9780000000001")
                            .orElseThrow()
                            .author())
                    .isEqualTo("Ada Example");
            assertThat(shelf.defaultBook().orElseThrow().id().value())
                    .as("the first by name")
                    .isEqualTo("a-notes");
        }
    }

    @Test
    void renamingAFileKeepsTheIdOfABookWithAnIdentifierOrAnAlias() throws Exception {
        Path seeds = temp.resolve("seeds");
        Path epub = ShelfFixtures.epub(seeds.resolve("storage.epub"), "urn:uuid:1234-abcd", "Storage", "Table");
        Path guide = ShelfFixtures.markdown(seeds.resolve("guide.md"), "Journal");
        List<String> aliases = List.of("guide.md=handbook", "guide-2nd-edition.md=handbook");
        try (Shelf shelf = ShelfFixtures.shelf(seeds, temp.resolve("uploads"), aliases, "", clock);
                LogCapture log = LogCapture.of(Shelf.class)) {
            shelf.loadAll();
            assertThat(ids(shelf)).containsExactlyInAnyOrder("urn-uuid-1234-abcd", "handbook");
            assertThat(log.messages())
                    .as("the alias kept ready for the new name names no file yet")
                    .singleElement(as(InstanceOfAssertFactories.STRING))
                    .startsWith("book.aliases entries guide-2nd-edition.md=handbook name no file");
        }

        Files.move(epub, seeds.resolve("storage-v2.epub"));
        Files.move(guide, seeds.resolve("guide-2nd-edition.md"));

        try (Shelf shelf = ShelfFixtures.shelf(seeds, temp.resolve("uploads"), aliases, "", clock);
                LogCapture log = LogCapture.of(Shelf.class)) {
            shelf.loadAll();
            assertThat(ids(shelf)).containsExactlyInAnyOrder("urn-uuid-1234-abcd", "handbook");
            assertThat(log.messages())
                    .singleElement(as(InstanceOfAssertFactories.STRING))
                    .startsWith("book.aliases entries guide.md=handbook name no file");
        }
    }

    @Test
    void theConfiguredDefaultIsServedByIdOrFileName() throws Exception {
        Path seeds = temp.resolve("seeds");
        ShelfFixtures.markdown(seeds.resolve("a-notes.md"), "Ledger");
        ShelfFixtures.epub(seeds.resolve("z-storage.epub"), "urn:isbn:9780000000002", "Storage", "Table");

        try (Shelf byId = ShelfFixtures.shelf(seeds, temp.resolve("u1"), List.of(), "urn-isbn-9780000000002", clock)) {
            byId.loadAll();
            assertThat(byId.defaultBook().orElseThrow().title()).isEqualTo("Storage");
            assertThat(byId.served().get().library().chapterTitle(1)).hasValue("Table");
        }
        try (Shelf byName = ShelfFixtures.shelf(seeds, temp.resolve("u2"), List.of(), "z-storage.epub", clock)) {
            byName.loadAll();
            assertThat(byName.defaultBook().orElseThrow().title()).isEqualTo("Storage");
        }
    }

    @Test
    void seedTextBesideAnEpubIsOneMoreBookAfterItNotDropped() throws Exception {
        Path seeds = temp.resolve("seeds");
        Files.createDirectories(seeds.resolve("part-one"));
        Files.copy(BREAD, seeds.resolve("part-one/bread.txt"));
        ShelfFixtures.epub(seeds.resolve("storage.epub"), "urn:isbn:9780000000003", "Storage", "Table");

        try (Shelf shelf = ShelfFixtures.shelf(seeds, temp.resolve("uploads"), List.of(), "", clock)) {
            shelf.loadAll();

            assertThat(ids(shelf)).containsExactly("urn-isbn-9780000000003", "seeds");
            assertThat(shelf.find(OptionalLong.empty(), "seeds")
                            .orElseThrow()
                            .current()
                            .get()
                            .library()
                            .size())
                    .isGreaterThan(1);
            assertThat(shelf.defaultBook().orElseThrow().id().value())
                    .as("the default of a folder that served only the EPUB stays the EPUB")
                    .isEqualTo("urn-isbn-9780000000003");
        }
    }

    @Test
    void seedTextInsideABookFolderIsNotMixedInAndTheLogSaysWhy() throws Exception {
        Path seeds = temp.resolve("seeds");
        ShelfFixtures.markdown(seeds.resolve("a-notes.md"), "Ledger");
        ShelfFixtures.markdown(seeds.resolve("guide/journal.md"), "Journal");
        Files.writeString(seeds.resolve("guide/SUMMARY.md"), "# Summary\n\n- [Journal](journal.md)\n");
        Files.writeString(seeds.resolve("guide/notes.txt"), "not seed text");
        Files.copy(BREAD, seeds.resolve("bread.txt"));

        try (Shelf shelf = ShelfFixtures.shelf(seeds, temp.resolve("uploads"), List.of(), "", clock);
                LogCapture log = LogCapture.of(BookDiscovery.class)) {
            shelf.loadAll();

            assertThat(ids(shelf)).contains("a-notes").doesNotContain("seeds");
            assertThat(log.messages())
                    .anyMatch(line -> line.contains("Left the seed text of")
                            && line.contains("bread.txt")
                            && line.contains("guide/notes.txt"));
        }
    }

    @Test
    void aDefaultNamingNoBookStopsTheStartNamingItAndTheBooksThere() throws Exception {
        Path seeds = temp.resolve("seeds");
        ShelfFixtures.markdown(seeds.resolve("a-notes.md"), "Ledger");
        ShelfFixtures.epub(seeds.resolve("z-storage.epub"), "urn:isbn:9780000000002", "Storage", "Table");

        try (Shelf shelf = ShelfFixtures.shelf(seeds, temp.resolve("uploads"), List.of(), "z-storag", clock)) {
            assertThatThrownBy(shelf::loadAll)
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("book.default is \u201cz-storag\u201d, but no book of the seeds folder " + seeds
                            + " has that id, file or folder name; its books: a-notes (a-notes.md),"
                            + " urn-isbn-9780000000002 (z-storage.epub). Set book.default to one of them, or leave it"
                            + " empty for the first.");
        }
    }

    @Test
    void aBookThatCannotBeReadIsLeftOffAndTheOthersServe() throws Exception {
        Path seeds = temp.resolve("seeds");
        ShelfFixtures.markdown(seeds.resolve("a-notes.md"), "Ledger");
        Files.writeString(seeds.resolve("b-broken.epub"), "not a zip at all");

        try (Shelf shelf = ShelfFixtures.shelf(seeds, temp.resolve("uploads"), List.of(), "", clock);
                LogCapture log = LogCapture.of(Shelf.class)) {
            shelf.loadAll();

            assertThat(ids(shelf)).containsExactly("a-notes");
            assertThat(log.messages()).anyMatch(line -> line.contains("Left") && line.contains("b-broken.epub"));
        }
    }

    @Test
    void anEmptySeedsFolderIsRefusedWithWhatToFix() throws Exception {
        Path seeds = Files.createDirectories(temp.resolve("seeds"));
        try (Shelf shelf = ShelfFixtures.shelf(seeds, temp.resolve("uploads"), List.of(), "", clock)) {
            assertThatThrownBy(shelf::loadAll)
                    .isInstanceOf(LibraryException.class)
                    .hasMessageContaining("no seed files");
        }
    }

    @Test
    void aReloadRebuildsOnlyTheBooksWhoseFilesChanged() throws Exception {
        Path seeds = temp.resolve("seeds");
        Path notes = ShelfFixtures.markdown(seeds.resolve("a-notes.md"), "Ledger");
        ShelfFixtures.markdown(seeds.resolve("b-guide.md"), "Journal");
        try (Shelf shelf = ShelfFixtures.shelf(seeds, temp.resolve("uploads"), List.of(), "", clock)) {
            shelf.loadAll();
            Book notesBefore = shelf.find(OptionalLong.empty(), "a-notes")
                    .orElseThrow()
                    .current()
                    .get();
            Book guideBefore = shelf.find(OptionalLong.empty(), "b-guide")
                    .orElseThrow()
                    .current()
                    .get();

            ShelfFixtures.markdown(notes, "Register");
            Files.setLastModifiedTime(
                    notes, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
            ShelfFixtures.markdown(seeds.resolve("c-new.md"), "Catalogue");
            shelf.reloadSeeds();

            ShelvedBook reloaded = shelf.find(OptionalLong.empty(), "a-notes").orElseThrow();
            assertThat(reloaded.current().get()).isNotSameAs(notesBefore);
            assertThat(reloaded.title()).isEqualTo("Register");
            assertThat(shelf.served().get())
                    .as("the default follows its reload")
                    .isSameAs(reloaded.current().get());
            assertThat(shelf.find(OptionalLong.empty(), "b-guide")
                            .orElseThrow()
                            .current()
                            .get())
                    .isSameAs(guideBefore);
            assertThat(ids(shelf)).containsExactlyInAnyOrder("a-notes", "b-guide", "c-new");

            Files.delete(seeds.resolve("c-new.md"));
            shelf.reloadSeeds();
            assertThat(ids(shelf)).containsExactlyInAnyOrder("a-notes", "b-guide");
        }
    }

    @Test
    void anAliasNamingNoFileOfTheSeedsFolderIsOneWarningNamingItAndTheBooksThere() throws Exception {
        Path seeds = temp.resolve("seeds");
        ShelfFixtures.markdown(seeds.resolve("guide.md"), "Journal");
        List<String> aliases = List.of("guide.md=handbook", "gudie.md=manual");
        try (Shelf shelf = ShelfFixtures.shelf(seeds, temp.resolve("uploads"), aliases, "", clock);
                LogCapture log = LogCapture.of(Shelf.class)) {
            shelf.loadAll();

            assertThat(ids(shelf)).containsExactly("handbook");
            assertThat(log.messages())
                    .as("a typo in a renamed file's alias would give its members' data another book's id, silently")
                    .filteredOn(line -> line.contains("book.aliases"))
                    .singleElement()
                    .satisfies(line -> assertThat(line)
                            .contains("gudie.md=manual")
                            .contains("guide.md")
                            .doesNotContain("guide.md=handbook"));
        }
    }

    @Test
    void anotherBookAddedOrEditedBesideTheSeedTextDoesNotRebuildTheSeedText() throws Exception {
        Path seeds = seedText();
        Path guide = ShelfFixtures.markdown(seeds.resolve("guide.md"), "Journal");
        try (Shelf shelf = ShelfFixtures.shelf(seeds, temp.resolve("uploads"), List.of(), "", clock)) {
            shelf.loadAll();
            Book seedBefore = shelf.find(OptionalLong.empty(), "seeds")
                    .orElseThrow()
                    .current()
                    .get();

            ShelfFixtures.markdown(guide, "Register");
            Files.setLastModifiedTime(
                    guide, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
            ShelfFixtures.markdown(seeds.resolve("new.md"), "Catalogue");
            shelf.reloadSeeds();

            assertThat(shelf.find(OptionalLong.empty(), "guide").orElseThrow().title())
                    .isEqualTo("Register");
            assertThat(shelf.find(OptionalLong.empty(), "seeds")
                            .orElseThrow()
                            .current()
                            .get())
                    .as("the seed text's own files did not change")
                    .isSameAs(seedBefore);

            Files.writeString(seeds.resolve("bread.txt"), "\n", java.nio.file.StandardOpenOption.APPEND);
            shelf.reloadSeeds();
            assertThat(shelf.find(OptionalLong.empty(), "seeds")
                            .orElseThrow()
                            .current()
                            .get())
                    .as("an edit of a seed file is a reload")
                    .isNotSameAs(seedBefore);
        }
    }

    @Test
    void aServersUploadIsItsOwnSurvivesARestartAndCanBeRemoved() throws Exception {
        Path seeds = seedText();
        Path uploads = temp.resolve("uploads");
        Path upload = ShelfFixtures.epub(temp.resolve("incoming/My Book.epub"), "urn:isbn:1", "Our Book", "Table");
        try (Shelf shelf = ShelfFixtures.shelf(seeds, uploads, List.of(), "", clock)) {
            shelf.loadAll();

            UploadOutcome outcome = shelf.add(SERVER.getAsLong(), upload, "My Book.epub");

            assertThat(outcome.problem()).isEmpty();
            assertThat(outcome.reportLines()).anyMatch(line -> line.startsWith("Book: Our Book by Ada Example"));
            assertThat(outcome.reportLines()).anyMatch(line -> line.startsWith("Key facts:"));
            assertThat(ids(shelf, SERVER)).containsExactly("seeds", "urn-isbn-1");
            assertThat(ids(shelf, OTHER_SERVER)).containsExactly("seeds");
            assertThat(ids(shelf, OptionalLong.empty())).containsExactly("seeds");
        }
        try (Shelf restarted = ShelfFixtures.shelf(seeds, uploads, List.of(), "", clock)) {
            restarted.loadAll();
            assertThat(ids(restarted, SERVER)).containsExactly("seeds", "urn-isbn-1");

            assertThat(restarted.remove(OTHER_SERVER.getAsLong(), new BookId("urn-isbn-1")))
                    .isFalse();
            assertThat(restarted.remove(SERVER.getAsLong(), new BookId("seeds")))
                    .as("the operator's books stay")
                    .isFalse();
            assertThat(restarted.remove(SERVER.getAsLong(), new BookId("urn-isbn-1")))
                    .isTrue();
            assertThat(ids(restarted, SERVER)).containsExactly("seeds");
            assertThat(uploads.resolve("42")).isEmptyDirectory();
        }
    }

    @Test
    void aZipOfMarkdownPagesIsUnpackedIntoABook() throws Exception {
        Path zip = ShelfFixtures.zip(
                temp.resolve("incoming/manual.zip"),
                Map.of(
                        "manual/SUMMARY.md",
                        "# Summary\n\n- [Journal](journal.md)\n",
                        "manual/journal.md",
                        Files.readString(ShelfFixtures.markdown(temp.resolve("x/j.md"), "Journal"))));
        try (Shelf shelf = ShelfFixtures.shelf(seedText(), temp.resolve("uploads"), List.of(), "", clock)) {
            shelf.loadAll();

            UploadOutcome outcome = shelf.add(SERVER.getAsLong(), zip, "manual.zip");

            assertThat(outcome.problem()).isEmpty();
            assertThat(outcome.book().id().value()).isEqualTo("manual");
            assertThat(temp.resolve("uploads/42/manual/SUMMARY.md")).exists();
        }
    }

    @Test
    void hostileOrUnfitUploadsAreRefusedLeaveNothingAndTheShelfKeepsServing() throws Exception {
        Path uploads = temp.resolve("uploads");
        Path traversal = ShelfFixtures.zip(
                temp.resolve("incoming/evil.zip"), Map.of("../../escape.md", "# Escape\n\nGot out.\n"));
        Path corrupt = Files.writeString(temp.resolve("incoming/corrupt.epub"), "PK not really a zip");
        Path bomb = temp.resolve("incoming/bomb.zip");
        ShelfFixtures.zip(bomb, Map.of("book/page.md", "# Page\n\n" + "a".repeat(60_000_000)));
        Path noProse = Files.writeString(temp.resolve("incoming/empty.md"), "# Title only\n");
        Path text = Files.writeString(temp.resolve("incoming/notes.txt"), "1.1 Notes\n\nText.\n");
        try (Shelf shelf = ShelfFixtures.shelf(seedText(), uploads, List.of(), "", clock)) {
            shelf.loadAll();
            Book served = shelf.served().get();

            assertThat(shelf.add(42, traversal, "evil.zip").problem()).contains("points outside the book");
            assertThat(shelf.add(42, corrupt, "corrupt.epub").problem()).contains("corrupt.epub");
            assertThat(shelf.add(42, bomb, "bomb.zip").problem()).contains("zip bomb");
            assertThat(shelf.add(42, noProse, "empty.md").problem()).isNotEmpty();
            assertThat(shelf.add(42, text, "notes.txt").problem()).contains("EPUB, PDF and Markdown");

            assertThat(temp.resolve("escape.md")).doesNotExist();
            assertThat(uploads.resolve("42")).isEmptyDirectory();
            assertThat(ids(shelf, SERVER)).containsExactly("seeds");
            assertThat(shelf.served().get()).isSameAs(served);
        }
    }

    @Test
    void anUploadWithAPageTooLargeToParseIsRefusedInOneLineAndLeavesNothing() throws Exception {
        Path uploads = temp.resolve("uploads");
        String page = "<html><body><h1>One</h1><p>" + "<b>a</b>".repeat(1_000_001) + "</p></body></html>";
        Path zip = ShelfFixtures.zip(temp.resolve("incoming/manual.zip"), Map.of("manual/index.html", page));
        try (Shelf shelf = ShelfFixtures.shelf(seedText(), uploads, List.of(), "", clock)) {
            shelf.loadAll();

            UploadOutcome outcome = shelf.add(SERVER.getAsLong(), zip, "manual.zip");

            assertThat(outcome.problem())
                    .isEqualTo("manual.zip: the page index.html holds more than 1000000 tags, over the import limit a"
                            + " page; not read");
            assertThat(uploads.resolve("42")).isEmptyDirectory();
            assertThat(ids(shelf, SERVER)).containsExactly("seeds");
        }
    }

    @Test
    void anUploadThatNoLongerReadsIsLeftOffAtStartWithOneWarningAndTheOthersServe() throws Exception {
        Path uploads = temp.resolve("uploads");
        Files.createDirectories(uploads.resolve("42"));
        Files.writeString(
                uploads.resolve("42/huge.html"),
                "<html><body><h1>One</h1><p>" + "<br>".repeat(1_000_001) + "</p></body></html>");
        ShelfFixtures.markdown(uploads.resolve("42/notes.md"), "Journal");
        try (Shelf shelf = ShelfFixtures.shelf(seedText(), uploads, List.of(), "", clock);
                LogCapture log = LogCapture.of(Shelf.class)) {
            shelf.loadAll();

            assertThat(ids(shelf, SERVER)).containsExactly("seeds", "notes");
            assertThat(log.messages())
                    .filteredOn(line -> line.contains("huge.html"))
                    .containsExactly("Left " + uploads.resolve("42/huge.html") + " off the shelf: "
                            + uploads.resolve("42/huge.html")
                            + ": the page huge.html holds more than 1000000 tags, over the import limit a page;"
                            + " not read");
        }
    }

    @Test
    void uploadsAreRefusedWhenOffTooBigOrOverTheServersNumber() throws Exception {
        Path seeds = seedText();
        Path first = ShelfFixtures.markdown(temp.resolve("incoming/one.md"), "Journal");
        Path second = ShelfFixtures.markdown(temp.resolve("incoming/two.md"), "Ledger");
        Path third = ShelfFixtures.markdown(temp.resolve("incoming/three.md"), "Register");
        try (Shelf off = ShelfFixtures.shelf(
                seeds, temp.resolve("u1"), List.of(), "", new UploadsConfig(false, 5_000_000, 2), clock)) {
            assertThat(off.add(42, first, "one.md").problem()).contains("turned book uploads off");
        }
        try (Shelf small = ShelfFixtures.shelf(
                seeds, temp.resolve("u2"), List.of(), "", new UploadsConfig(true, 1024, 2), clock)) {
            Files.writeString(third, "x".repeat(2048), java.nio.file.StandardOpenOption.APPEND);
            assertThat(small.add(42, third, "three.md").problem()).contains("over this bot's limit of 1024");
        }
        try (Shelf shelf = ShelfFixtures.shelf(seeds, temp.resolve("u3"), List.of(), "", clock)) {
            shelf.loadAll();
            assertThat(shelf.add(42, first, "one.md").isAdded()).isTrue();
            assertThat(shelf.add(42, first, "one.md").problem()).contains("already has");
            assertThat(shelf.add(42, second, "two.md").isAdded()).isTrue();
            assertThat(shelf.add(42, second, "three.md").problem()).contains("book.uploads.maxBooks");
            assertThat(shelf.add(43, second, "two.md").isAdded())
                    .as("per server")
                    .isTrue();
        }
    }

    private Path seedText() throws IOException {
        Path seeds = temp.resolve("seeds");
        Files.createDirectories(seeds);
        Files.copy(BREAD, seeds.resolve("bread.txt"));
        return seeds;
    }

    private static List<String> ids(Shelf shelf) {
        return ids(shelf, OptionalLong.empty());
    }

    private static List<String> ids(Shelf shelf, OptionalLong server) {
        return shelf.booksFor(server).stream().map(book -> book.id().value()).toList();
    }
}
