package studybot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check-book} given a seeds folder checks every book the shelf would read from it, each named by its id, and
 * exits 0 only when all of them are usable; a folder that is one book stays one book.
 */
class CheckBookSeedsFolderTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aSeedsFolderHasEachOfItsBooksCheckedAndABrokenOneMakesItUnusable() throws IOException {
        Path seeds = Files.createDirectories(temp.resolve("seeds"));
        Files.copy(Path.of("seeds/aws-and-python-data-stores.txt"), seeds.resolve("aws-and-python-data-stores.txt"));
        Files.copy(Path.of("seeds/book-title"), seeds.resolve("book-title"));
        copyFolder(Path.of("src/test/resources/books/html-book"), seeds.resolve("html-book"));
        Files.writeString(seeds.resolve("broken.pdf"), "not a PDF");

        int status = checkBook(seeds);

        assertThat(status).isEqualTo(2);
        assertThat(out())
                .contains(
                        "html-book (html-book): ",
                        "1 Basics\n  1.1 Keys\n",
                        "seeds (seeds): AWS and Python Data Stores",
                        "20.4 Replication Groups",
                        "broken (broken.pdf)",
                        "3 books in " + seeds + ": 2 usable; not usable: broken (broken.pdf)");
        assertThat(out().indexOf("html-book (html-book)")).isLessThan(out().indexOf("seeds (seeds)"));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("broken.pdf");
    }

    @Test
    void aSeedsFolderWhoseBooksAllReadIsUsable() throws IOException {
        Path seeds = Files.createDirectories(temp.resolve("seeds"));
        Files.copy(Path.of("src/test/resources/books/bread/home-bread-baking.txt"), seeds.resolve("bread.txt"));
        copyFolder(Path.of("src/test/resources/books/html-book"), seeds.resolve("html-book"));

        assertThat(checkBook(seeds)).isZero();
        assertThat(out()).contains("2 books in " + seeds + ": all usable");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aSecondBookWithAnIdAlreadyTakenIsNotUsableAsTheShelfLeavesItOff() throws IOException {
        Path seeds = Files.createDirectories(temp.resolve("seeds"));
        copyFolder(Path.of("src/test/resources/books/html-book"), seeds.resolve("notes"));
        String english = "The dough rests in the bowl for an hour, and then it is shaped into a loaf by hand. ";
        Files.writeString(
                seeds.resolve("notes.md"),
                "# Bread\n\n## Dough\n\n" + english.repeat(4) + "\n\n## Loaf\n\n" + english.repeat(4) + "\n");

        assertThat(checkBook(seeds)).isEqualTo(2);
        assertThat(out()).contains("2 books in " + seeds + ": 1 usable; not usable: notes (notes.md)");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("notes.md: notes has the same id, notes, so the shelf leaves this book off");
    }

    @Test
    void aFolderOfPagesIsStillOneBook() {
        assertThat(checkBook(Path.of("src/test/resources/books/html-book"))).isZero();
        assertThat(out()).doesNotContain(" books in ").contains("Usable: yes");
    }

    @Test
    void aGeneratedFolderWithItsSourcesAsTextIsStillOneBook() throws IOException {
        Path html = temp.resolve("html");
        copyFolder(Path.of("src/test/resources/books/html-book"), html);
        Files.createDirectories(html.resolve("_sources"));
        Files.writeString(html.resolve("_sources/index.rst.txt"), "Caching Handbook\n================\n");

        assertThat(checkBook(html)).isZero();
        assertThat(out()).doesNotContain(" books in ", "==").contains("1 Basics\n  1.1 Keys\n", "Usable: yes");
    }

    @Test
    void aFolderOfPagesWithTheSameBookAsPdfBesideIsStillOneBook() throws IOException {
        Path manual = temp.resolve("manual");
        copyFolder(Path.of("src/test/resources/books/html-book"), manual);
        Files.move(manual.resolve("index.html"), manual.resolve("index.en.html"));
        Files.writeString(manual.resolve("manual.en.pdf"), "not read: the folder is checked as its pages");

        assertThat(checkBook(manual)).isZero();
        assertThat(out()).doesNotContain(" books in ").contains("Usable: yes");
    }

    private int checkBook(Path path) {
        return Main.run(
                new String[] {"check-book", path.toString()},
                Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new StopRequest());
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
