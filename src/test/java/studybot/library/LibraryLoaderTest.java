package studybot.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryLoaderTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private final LibraryLoader loader = new LibraryLoader(new SeedParser(), Clock.fixed(NOW, ZoneOffset.UTC));

    @TempDir
    Path seeds;

    @Test
    void aFileOverTheLimitIsRefusedByNameBeforeItIsRead() throws Exception {
        Files.writeString(seeds.resolve("a.txt"), "1.1 Small\n\nFits.\n");
        Path huge = Files.writeString(seeds.resolve("huge.txt"), "1.2 Huge\n\n" + "x".repeat(5000) + "\n");
        LibraryLoader limited = new LibraryLoader(new SeedParser(), Clock.systemUTC(), new SeedLimits(4096, 100_000));

        assertThatThrownBy(() -> limited.load(seeds))
                .isInstanceOf(LibraryException.class)
                .hasMessage(huge + ": " + Files.size(huge) + " bytes, over the limit of 4096 per file"
                        + " (book.maxFileBytes); split the file, remove it or raise the limit");
    }

    @Test
    void theBooksOwnIndexBesideTheTextPointsTermsAtSections() throws Exception {
        Files.writeString(seeds.resolve("book.txt"), "1.1 Locks\n\nWaiting.\n\n1.2 Memory\n\nBuffers.\n");
        Files.writeString(
                seeds.resolve(LibraryLoader.INDEX_FILE),
                "deadlock\t1.1\nshared_buffers configuration parameter\t1.2\ndeadlock\t1.1\nlock timeout\t1.1\n");

        Library library = loader.load(seeds);

        assertThat(library.index().termsOf(SectionNumber.of(1, 1))).containsExactly("deadlock", "lock timeout");
        assertThat(library.index().termsOf(SectionNumber.of(1, 2)))
                .containsExactly("shared_buffers configuration parameter");
        assertThat(loader.load(Path.of("seeds")).index().sections()).isZero();
    }

    @Test
    void theSeedBookIsTitledByItsTitleFileElseByItsFirstFilesNameNeverByTheFolder() throws Exception {
        Files.createDirectories(seeds.resolve("part-one"));
        Files.writeString(seeds.resolve("part-one/redis_and-memcached.txt"), "1.1 Locks\n\nWaiting.\n");
        Files.writeString(seeds.resolve("part-two.txt"), "2.1 Memory\n\nBuffers.\n");

        assertThat(loader.title(seeds)).isEqualTo("Redis and memcached");

        Files.writeString(seeds.resolve(LibraryLoader.TITLE_FILE), "\n  Caching in Practice  \nsecond line\n");

        assertThat(loader.title(seeds)).isEqualTo("Caching in Practice");
        assertThat(loader.title(Path.of("seeds"))).isEqualTo("AWS and Python Data Stores");
    }

    @Test
    void aTitleFileOverTheLimitIsRefusedByName() throws Exception {
        Files.writeString(seeds.resolve("a.txt"), "1.1 Small\n\nFits.\n");
        Path title = Files.writeString(seeds.resolve(LibraryLoader.TITLE_FILE), "x".repeat(5000));
        LibraryLoader limited = new LibraryLoader(new SeedParser(), Clock.systemUTC(), new SeedLimits(4096, 100_000));

        assertThatThrownBy(() -> limited.title(seeds))
                .isInstanceOf(LibraryException.class)
                .hasMessage(title + ": 5000 bytes, over the limit of 4096 per file (book.maxFileBytes); the file holds"
                        + " the book's title alone, on its first line");
    }

    @Test
    void aMalformedIndexLineIsRefusedWithItsLineNumber() throws Exception {
        Files.writeString(seeds.resolve("book.txt"), "1.1 Locks\n\nWaiting.\n");
        Path index = Files.writeString(seeds.resolve(LibraryLoader.INDEX_FILE), "# terms\ndeadlock\t1.1\nvacuum 1.2\n");

        assertThatThrownBy(() -> loader.load(seeds))
                .isInstanceOf(LibraryException.class)
                .hasMessage(index + ": line 3: expected a term, a tab and a section number such as 20.4");
    }

    @Test
    void anIndexOverTheFileLimitIsRefusedBeforeItIsRead() throws Exception {
        Files.writeString(seeds.resolve("book.txt"), "1.1 Locks\n\nWaiting.\n");
        Path index = Files.writeString(seeds.resolve(LibraryLoader.INDEX_FILE), "deadlock\t1.1\n".repeat(500));
        LibraryLoader limited = new LibraryLoader(new SeedParser(), Clock.systemUTC(), new SeedLimits(4096, 100_000));

        assertThatThrownBy(() -> limited.load(seeds))
                .isInstanceOf(LibraryException.class)
                .hasMessageStartingWith(index + ": " + Files.size(index) + " bytes, over the limit of 4096");
    }

    @Test
    void aBookOverTheTotalIsRefusedNamingTheFolder() throws Exception {
        for (int i = 1; i <= 3; i++) {
            Files.writeString(seeds.resolve(i + ".txt"), i + ".1 Part\n\n" + "y".repeat(3000) + "\n");
        }
        LibraryLoader limited = new LibraryLoader(new SeedParser(), Clock.systemUTC(), new SeedLimits(4096, 8192));

        assertThatThrownBy(() -> limited.load(seeds))
                .isInstanceOf(LibraryException.class)
                .hasMessageStartingWith(seeds + ": the book is ")
                .hasMessageContaining("in 3 files, over the limit of 8192")
                .hasMessageContaining("book.maxTotalBytes");
    }

    @Test
    void loadsAllFifteenSectionsOfTheSeedExactlyAsWritten() throws Exception {
        Library library = loader.load(Path.of("seeds"));

        assertThat(library.size()).isEqualTo(15);
        assertThat(library.chapters()).containsExactly(20, 62);
        assertThat(library.sections())
                .extracting(section -> section.number().toString())
                .containsExactly(
                        "20.1", "20.2", "20.3", "20.4", "20.5", "20.6", "20.7", "62.1", "62.2", "62.3", "62.4", "62.5",
                        "62.6", "62.7", "62.8");
        Section replication = library.find(new SectionNumber(20, 4)).orElseThrow();
        assertThat(replication.title()).isEqualTo("Replication Groups: Primary Node and Read Replicas");
        assertThat(replication.body())
                .startsWith("Right, so you’ve decided you need more than just a single cache node.")
                .endsWith("Just don’t act surprised later.");
        Section last = library.find(new SectionNumber(62, 1)).orElseThrow();
        assertThat(last.body()).endsWith("and it works.").doesNotContain("joke");
        assertThat(library.loadedAt()).isEqualTo(NOW);
    }

    @Test
    void sectionNumbersCompareNumerically() throws Exception {
        write("a.txt", "20.10 Ten\n\nx\n\n20.9 Nine\n\ny\n\n20.2 Two\n\nz\n");

        Library library = loader.load(seeds);

        assertThat(library.sections()).extracting(Section::title).containsExactly("Two", "Nine", "Ten");
        assertThat(library.next(new SectionNumber(20, 9))).map(Section::title).contains("Ten");
        assertThat(library.previous(new SectionNumber(20, 2))).isEmpty();
    }

    @Test
    void bomIsDroppedAndSubfoldersAreRead() throws Exception {
        write("a.txt", "\uFEFF1.1 First\n\nBody one.\n");
        Files.createDirectories(seeds.resolve("more"));
        write("more/b.txt", "1.2 Second\r\n\r\nBody two.\r\n");

        Library library = loader.load(seeds);

        assertThat(library.sections()).extracting(Section::heading).containsExactly("1.1 First", "1.2 Second");
    }

    @Test
    void aSeedsFolderThatIsASymlinkIsFollowed(@TempDir Path deployment) throws Exception {
        Path release = Files.createDirectories(deployment.resolve("releases/v1/seeds"));
        Files.writeString(release.resolve("a.txt"), "1.1 First\n\nBody one.\n");
        Path link = Files.createSymbolicLink(deployment.resolve("seeds"), deployment.relativize(release));

        Library library = loader.load(link);

        assertThat(library.sections()).extracting(Section::heading).containsExactly("1.1 First");
        assertThat(library.sections().get(0).origin().toString()).startsWith(link.toString());
    }

    @Test
    void duplicateNumberNamesBothPlaces() throws Exception {
        write("a.txt", "1.1 First\n\nBody.\n");
        write("b.txt", "Intro\n\n1.1 Again\n\nBody.\n");

        assertThatThrownBy(() -> loader.load(seeds))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("b.txt:3")
                .hasMessageContaining("a.txt:1")
                .hasMessageContaining("1.1");
    }

    @Test
    void aRefusalIsEnglishInTheLogAndWordedForAGermanReader() throws Exception {
        write("a.txt", "1.1 First\n\nBody.\n");
        write("b.txt", "Intro\n\n1.1 Again\n\nBody.\n");

        LibraryException refused = catchThrowableOfType(LibraryException.class, () -> loader.load(seeds));

        assertThat(refused.getMessage()).isEqualTo(refused.wording().toString()).contains("is already defined at");
        assertThat(refused.wording().in(Locale.GERMAN))
                .isEqualTo(seeds.resolve("b.txt") + ":3: Abschnitt 1.1 ist schon bei " + seeds.resolve("a.txt")
                        + ":1 definiert");
    }

    @Test
    void fileWithoutSectionsIsRefusedByName() throws Exception {
        write("a.txt", "1.1 First\n\nBody.\n");
        write("notes.txt", "just some notes\n");

        assertThatThrownBy(() -> loader.load(seeds))
                .hasMessageContaining("notes.txt:1")
                .hasMessageContaining("no sections");
    }

    @Test
    void emptyFolderIsRefused() {
        assertThatThrownBy(() -> loader.load(seeds))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("no seed files");
        assertThatThrownBy(() -> loader.load(seeds.resolve("missing"))).hasMessageContaining("does not exist");
    }

    @Test
    void badEncodingNamesTheLine() throws Exception {
        Files.write(
                seeds.resolve("a.txt"),
                new byte[] {'1', '.', '1', ' ', 'A', '\n', '\n', 'o', 'k', '\n', (byte) 0xC3, '(', '\n'});

        assertThatThrownBy(() -> loader.load(seeds))
                .hasMessageContaining("a.txt:4")
                .hasMessageContaining("UTF-8");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(seeds.resolve(name), text, StandardCharsets.UTF_8);
    }
}
