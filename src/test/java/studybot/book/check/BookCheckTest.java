package studybot.book.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.facts.KeyFactExtractor;
import studybot.library.imports.ImportLimits;

class BookCheckTest {

    private final BookCheck check =
            new BookCheck(ImportLimits.DEFAULT, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), new KeyFactExtractor());
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsTheOutlineIndentedByLevelAndTheLoadReport() {
        int status = run(Path.of("src/test/resources/books/html-book"));

        assertThat(status).isEqualTo(BookCheck.USABLE);
        assertThat(out())
                .contains(
                        "1 Basics\n  1.1 Keys\n    1.1.1 Key Length\n2 Eviction\n  2.1 LRU\n",
                        "Sections: 2 at level 1, 2 at level 2, 1 at level 3",
                        "code blocks: 1; tables: 1; images: 1",
                        "Skipped: ",
                        "front-matter: copyright.html",
                        "Key facts: ",
                        "quiz questions: ",
                        "Usable: yes");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aJapaneseBookCountsItsCharactersTwoToAWord() {
        run(Path.of("src/test/resources/books/japanese/toshokan.html"));

        assertThat(out())
                .as("three paragraphs of some 45 characters each, not 3 words")
                .contains("Words: 67;");
    }

    @Test
    void aGermanBookIsUsableAndSaysItsTipsFollowGermanRules() {
        int status = run(Path.of("src/test/resources/books/german/hausbau.html"));

        assertThat(status).isEqualTo(BookCheck.USABLE);
        assertThat(out())
                .contains(
                        "Written in German: search finds its words",
                        "tips and quizzes are built by its own rules for German",
                        "Usable: yes");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aGermanHtmlFolderThatNamesNoLanguageIsToldGermanFromItsText(@TempDir Path temp) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("hausbau"));
        String page = Files.readString(Path.of("src/test/resources/books/german/hausbau.html"));
        Files.writeString(folder.resolve("index.html"), page.replace("<html lang=\"de\">", "<html>"));

        assertThat(run(folder)).isEqualTo(BookCheck.USABLE);
        assertThat(out())
                .contains(
                        "Written in German (told from its text: ",
                        "are German stop words, ",
                        "set book.language in the config if that is wrong): search finds its words")
                .doesNotContain("says otherwise");
    }

    @Test
    void aFrenchHtmlFolderThatNamesNoLanguageIsToldFrenchFromItsText(@TempDir Path temp) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("ferme"));
        String page = Files.readString(Path.of("src/test/resources/books/french/ferme.html"));
        Files.writeString(folder.resolve("index.html"), page.replace("<html lang=\"fr\">", "<html>"));

        assertThat(run(folder)).isEqualTo(BookCheck.USABLE);
        assertThat(out())
                .contains(
                        "Written in French (told from its text: ",
                        "are French stop words, ",
                        "set book.language in the config if that is wrong): search finds its words");
    }

    @Test
    void anEnglishBookToldFromItsTextIsNotSaidToBeOverruledByTheConfig(@TempDir Path temp) throws IOException {
        String english = "The dough rests in the bowl for an hour, and then it is shaped into a loaf by hand. ";
        Path book = Files.writeString(
                temp.resolve("bread.md"),
                "# Bread\n\n## Dough\n\n" + english.repeat(4) + "\n\n## Loaf\n\n" + english.repeat(4) + "\n");

        run(book);

        assertThat(out()).contains("Written in English (told from its text: ").doesNotContain("book.language");
    }

    @Test
    void aBookWhoseTextTellsNoLanguageIsReadAsEnglishAndSaysSo(@TempDir Path temp) throws IOException {
        String english = "The dough rests in the bowl for an hour, and then it is shaped into a loaf.";
        String german = "Der Teig ruht eine Stunde in der Schüssel, und dann wird er zu einem Laib geformt.";
        Path book = Files.writeString(
                temp.resolve("mixed.md"),
                "# Bread\n\n## Dough\n\n" + english + " " + german + "\n\n## Loaf\n\n" + german + " " + english + "\n");

        run(book);

        assertThat(out())
                .contains("Read as English, as nothing names its language and its text does not clearly tell: ")
                .contains("Set book.language in the config (e.g. \"de\") if it is in another language.")
                .doesNotContain("Written in");
    }

    @Test
    void checksTheSeedTextToo() {
        assertThat(run(Path.of("seeds"))).isEqualTo(BookCheck.USABLE);
        assertThat(out()).contains("20.4 Replication Groups", "Book: AWS and Python Data Stores\n", "Skipped: nothing");
    }

    @Test
    void anUnreadableBookExitsTwoWithOneLine(@TempDir Path temp) throws IOException {
        Path broken = Files.writeString(temp.resolve("broken.epub"), "not a zip");

        assertThat(run(broken)).isEqualTo(BookCheck.UNUSABLE);
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .singleElement()
                .asString()
                .startsWith("check-book: ")
                .contains("broken.epub");
    }

    @Test
    void aMissingPathIsOneLine(@TempDir Path temp) {
        assertThat(run(temp.resolve("gone.epub"))).isEqualTo(BookCheck.UNUSABLE);
        assertThat(err.toString(StandardCharsets.UTF_8)).endsWith("gone.epub: no such file or folder\n");
    }

    @Test
    void aBookThatTeachesNothingExitsTwoWithAProblemPerLine(@TempDir Path temp) throws IOException {
        Path book = Files.writeString(temp.resolve("code.md"), "# Only Code\n\n```\nx = 1\n```\n");

        assertThat(run(book)).isEqualTo(BookCheck.UNUSABLE);
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("no prose at all"))
                .anySatisfy(line -> assertThat(line).contains("no key facts"));
    }

    @Test
    void aZipOfHtmlPagesIsCheckedAsAnUploadReadsItAndLeavesNothingUnpacked(@TempDir Path temp) throws IOException {
        Path zip = temp.resolve("manual.zip");
        Path pages = Path.of("src/test/resources/books/html-book");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                Stream<Path> files = Files.walk(pages)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(
                        "html-book/" + pages.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        List<String> unpackedBefore = leftInTheTempFolder();

        int status = run(zip);

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(status).isEqualTo(BookCheck.USABLE);
        assertThat(out()).contains("1 Basics\n  1.1 Keys\n", "Book: Caching Handbook", "Usable: yes");
        assertThat(leftInTheTempFolder()).isEqualTo(unpackedBefore);
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).containsExactly(zip);
        }
    }

    @Test
    void aFileOfNoFormatItReadsIsRefusedNamingEveryFormat(@TempDir Path temp) throws IOException {
        Path notes = Files.writeString(temp.resolve("notes.docx"), "hello");

        assertThat(run(notes)).isEqualTo(BookCheck.UNUSABLE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("notes.docx", "EPUB", "PDF", "Markdown", "HTML", "zip", "seed");
    }

    private static List<String> leftInTheTempFolder() throws IOException {
        try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return all.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith(BookCheck.UNPACKED_PREFIX))
                    .sorted()
                    .toList();
        }
    }

    private int run(Path book) {
        return check.run(
                book,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
