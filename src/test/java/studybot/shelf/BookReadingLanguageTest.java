package studybot.shelf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.library.BookLanguage;
import studybot.library.Library;

/** The config names a book's language over what its text tells; without it, a German Markdown book is German. */
class BookReadingLanguageTest {

    private static final String GERMAN = "Bevor ein Haus gebaut wird, prüft die Bauherrin das Grundstück. Der Boden"
            + " muss tragfähig sein, und die Gemeinde legt im Bebauungsplan fest, wie hoch und wie breit ein Gebäude"
            + " werden darf.";

    @TempDir
    Path temp;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void theConfigWinsOverWhatTheTextTells() throws Exception {
        BookSource source = germanMarkdown();

        Library told = ShelfFixtures.reading(temp.resolve("read"), List.of(), BookLanguages.FROM_METADATA, clock)
                .read(source)
                .library();
        Library configured = ShelfFixtures.reading(
                        temp.resolve("read-en"), List.of(), new BookLanguages("", List.of("hausbau.md=en")), clock)
                .read(source)
                .library();

        assertThat(told.language()).isEqualTo(new BookLanguage("de"));
        assertThat(told.languageFromText()).isPresent();
        assertThat(configured.language()).isEqualTo(new BookLanguage("en"));
        assertThat(configured.languageFromText()).isEmpty();
    }

    private BookSource germanMarkdown() throws Exception {
        Path book = Files.writeString(
                temp.resolve("hausbau.md"),
                "# Hausbau\n\n## Das Grundstück\n\n" + GERMAN + "\n\n## Das Fundament\n\n" + GERMAN + "\n");
        return new BookSource(book, false, OptionalLong.empty());
    }
}
