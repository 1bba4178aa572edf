package studybot.library.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.library.LibraryException;
import studybot.library.imports.formats.BookFormats;

class MetadataTextTest {

    private static final String HOSTILE = "Evil\u202e\u0000Book\u200f @everyone **bold**";

    @Test
    void hiddenCharactersGoAndMarkdownStaysForTheRendererToEscape() {
        assertThat(MetadataText.clean(HOSTILE)).isEqualTo("EvilBook @everyone **bold**");
    }

    @Test
    void whiteSpaceRunsBecomeOneSpace() {
        assertThat(MetadataText.clean("\n  The\t\tRust\r\n\u00a0Book \u2028")).isEqualTo("The Rust Book");
    }

    @Test
    void aLongTitleIsCutWithAnEllipsis() {
        String cut = MetadataText.clean("word ".repeat(200_000));

        assertThat(cut)
                .hasSizeLessThanOrEqualTo(MetadataText.MAX_LENGTH)
                .endsWith("d…")
                .startsWith("word word");
        assertThat(MetadataText.clean("x".repeat(MetadataText.MAX_LENGTH))).isEqualTo("x".repeat(200));
    }

    @Test
    void aTitleOfExactlyTheLimitAfterCleaningIsKeptWhole() {
        assertThat(MetadataText.clean("\u202e" + "y".repeat(MetadataText.MAX_LENGTH) + "\u0000"))
                .isEqualTo("y".repeat(MetadataText.MAX_LENGTH));
    }

    @Test
    void aBookReadFromAFileHasItsTitleAndAuthorCleanedInTheBookAndItsReport(@TempDir Path temp)
            throws IOException, LibraryException {
        Path page = temp.resolve("evil.html");
        Files.writeString(
                page,
                "<html><head><title>" + HOSTILE + "x".repeat(1_000_000) + "</title>"
                        + "<meta name=\"author\" content=\"Mallory\u0007\u202e\u00a0Smith\"></head><body>"
                        + "<h1>Bread</h1><p>Bread is a staple food prepared from a dough of flour and water.</p>"
                        + "</body></html>",
                StandardCharsets.UTF_8);

        AssembledBook book =
                BookFormats.importer(ImportLimits.DEFAULT, Clock.systemUTC()).importBook(page);

        assertThat(book.source().title())
                .startsWith("Evil")
                .contains("Book @everyone **bold**xxx")
                .doesNotContain("\u202e", "\u200f", "\u0000")
                .hasSize(MetadataText.MAX_LENGTH)
                .endsWith("…");
        assertThat(book.report().title()).isEqualTo(book.source().title());
        assertThat(book.source().author()).isEqualTo("Mallory Smith");
    }
}
