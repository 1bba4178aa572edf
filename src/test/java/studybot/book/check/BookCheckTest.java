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
    void aGermanBookIsUsableWithoutKeyFactsAndSaysWhy() {
        int status = run(Path.of("src/test/resources/books/german/hausbau.html"));

        assertThat(status).isEqualTo(BookCheck.USABLE);
        assertThat(out())
                .contains(
                        "Key facts: 0; quiz questions: 0",
                        "Written in German: search finds its words",
                        "tips and quizzes are built by English rules, so this book has none",
                        "Usable: yes");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void checksTheSeedTextToo() {
        assertThat(run(Path.of("seeds"))).isEqualTo(BookCheck.USABLE);
        assertThat(out()).contains("20.4 Replication Groups", "Skipped: nothing");
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
