package studybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import studybot.library.Library;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.formats.BookFormats;

/**
 * A French book printed with typographic apostrophes ({@code qu’un}) searched by a student typing the keyboard's
 * straight one ({@code qu'un}): an elided stop word is a stop word, never "a word this book does not contain".
 */
class FrenchApostropheSearchTest {

    private static final Path ATELIER = Path.of("src/test/resources/books/french/atelier.html");

    @Test
    void anElidedStopWordTypedWithAStraightApostropheIsNotCorrected() throws Exception {
        SearchResults results = Searches.over(book()).search("qu'est-ce qu'un établi", Searches.DEFAULT_LIMIT);

        assertThat(results.correction()).isEmpty();
        assertThat(results.hits()).extracting(hit -> hit.title()).first().isEqualTo("L’atelier du menuisier");
    }

    private static Library book() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);
        return BookFormats.importer(ImportLimits.DEFAULT, clock)
                .importBook(ATELIER)
                .library();
    }
}
