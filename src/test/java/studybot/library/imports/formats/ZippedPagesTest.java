package studybot.library.imports.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.library.LibraryException;
import studybot.library.imports.ImportLimits;

class ZippedPagesTest {

    /** Generous zip limits, and pages of at most 1,000 characters and 50 tags. */
    private static final ImportLimits SMALL_PAGES =
            new ImportLimits(1_000_000L, 1_000_000L, 500_000L, 100, 1_000_000L, 1_000L, 50);

    @Test
    void aPageOverTheCharacterLimitIsRefusedWhileUnpackingAndNothingIsLeft(@TempDir Path temp) throws IOException {
        Path zip = zip(temp, "<html><body><p>" + "a ".repeat(3_000) + "</p></body></html>");
        Path folder = temp.resolve("unpacked");

        assertThatThrownBy(() -> ZippedPages.unpack(zip, folder, SMALL_PAGES, "manual.zip: "))
                .isInstanceOf(LibraryException.class)
                .hasMessage("manual.zip: the page big.html holds 6033 characters, over the import limit of 1000 a"
                        + " page; not read");
        assertThat(folder).doesNotExist();
    }

    @Test
    void aPageOpeningTooManyTagsIsRefusedWhileUnpacking(@TempDir Path temp) throws IOException {
        Path zip = zip(temp, "<b>a</b>".repeat(100));
        Path folder = temp.resolve("unpacked");

        assertThatThrownBy(() -> ZippedPages.unpack(zip, folder, SMALL_PAGES, "manual.zip: "))
                .isInstanceOf(LibraryException.class)
                .hasMessage("manual.zip: the page big.html holds more than 50 tags, over the import limit a page; not"
                        + " read");
        assertThat(folder).doesNotExist();
    }

    @Test
    void pagesWithinTheLimitsAndOtherFilesAreUnpackedWhole(@TempDir Path temp) throws IOException, LibraryException {
        Path zip = zip(temp, "<p>short</p>");
        Path folder = temp.resolve("unpacked");

        ZippedPages.unpack(zip, folder, SMALL_PAGES, "manual.zip: ");

        assertThat(folder.resolve("big.html")).hasContent("<p>short</p>");
        assertThat(folder.resolve("notes.txt")).hasContent("x".repeat(5_000));
    }

    /** A zip of {@code manual/index.html}, {@code manual/big.html} holding {@code page}, and a large text file. */
    private static Path zip(Path temp, String page) throws IOException {
        Path zip = temp.resolve("manual.zip");
        try (OutputStream file = Files.newOutputStream(zip);
                ZipOutputStream out = new ZipOutputStream(file)) {
            add(out, "manual/index.html", "<a href=\"big.html\">Big</a>");
            add(out, "manual/big.html", page);
            add(out, "manual/notes.txt", "x".repeat(5_000));
        }
        return zip;
    }

    private static void add(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
