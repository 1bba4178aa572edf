package studybot.bench.realbooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.library.Library;
import studybot.library.Section;

class RealBookTest {

    private static final String SEED = "1.1 Converted Pipes\n\nA pipe joins the output of one command to the input of"
            + " the next, so the second command reads what the first writes.\n";
    private static final String MARKDOWN = "# Given Shells\n\n## Given Quoting\n\nSingle quotes keep every character"
            + " between them literal, so no expansion happens inside them.\n";

    @Test
    void aLabelFileNamingAFolderReadsTheBookThereAsTheBotReadsIt(@TempDir Path temp) throws Exception {
        Path given = Files.createDirectories(temp.resolve("given"));
        Files.writeString(given.resolve("book.md"), MARKDOWN, StandardCharsets.UTF_8);
        Path labels = labelFile(temp, "shells", "# role: held-out\n# folder: " + given.toAbsolutePath() + "\n");
        converted(temp, "shells");

        Library library = RealBook.read(labels).library(temp.resolve("converted"));

        assertThat(library.sections()).extracting(Section::title).contains("Given Quoting");
        assertThat(library.sections()).extracting(Section::title).doesNotContain("Converted Pipes");
        assertThat(library.sections())
                .extracting(Section::title)
                .isEqualTo(BookFolder.load(given).sections().stream()
                        .map(Section::title)
                        .toList());
    }

    @Test
    void aLabelFileWithoutAFolderReadsTheConvertedBookOfItsName(@TempDir Path temp) throws Exception {
        Path labels = labelFile(temp, "shells", "# role: fit\n");
        converted(temp, "shells");

        Library library = RealBook.read(labels).library(temp.resolve("converted"));

        assertThat(library.sections()).extracting(Section::title).containsExactly("Converted Pipes");
    }

    private static Path labelFile(Path temp, String name, String header) throws Exception {
        Path file = temp.resolve(name + ".tsv");
        Files.writeString(file, header + "S\t1.1\t0123456789abcdef\tteaches\n", StandardCharsets.UTF_8);
        return file;
    }

    private static void converted(Path temp, String name) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("converted").resolve(name));
        Files.writeString(folder.resolve("book.txt"), SEED, StandardCharsets.UTF_8);
    }
}
