package studybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.junit.jupiter.api.Test;
import studybot.library.BookLanguage;
import studybot.library.Library;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.formats.BookFormats;

/** A German book is searched with German stemming: inflected and umlauted forms meet their stem. */
class GermanSearchTest {

    private static final Path BOOK = Path.of("src/test/resources/books/german/hausbau.html");

    @Test
    void theBookReadsAsGermanFromItsLangAndSplitsIntoSections() throws Exception {
        Library library = german();

        assertThat(library.language()).isEqualTo(new BookLanguage("de"));
        assertThat(library.sections())
                .extracting(section -> section.title())
                .contains("Das Fundament", "Die Wände", "Häuser in der Stadt", "Gärten und Höfe");
    }

    @Test
    void pluralsAndUmlautsMeetTheirStem() throws Exception {
        SectionSearch search = Searches.over(german());

        assertThat(titles(search, "Häuser")).contains("Vom Grundstück zum Haus");
        assertThat(titles(search, "Haus")).contains("Häuser in der Stadt", "Gärten und Höfe");
        assertThat(titles(search, "Wand")).contains("Die Wände");
        assertThat(titles(search, "Gärten")).contains("Gärten und Höfe");
    }

    @Test
    void englishAnalysisWouldMissThem() throws Exception {
        SectionSearch english = Searches.over(german().withLanguage(BookLanguage.UNKNOWN));

        assertThat(titles(english, "Wand")).doesNotContain("Die Wände");
    }

    @Test
    void aGermanQuestionsOwnWordsCarryNoTopic() {
        QueryGate german = QueryGate.of(new BookLanguage("de"));

        assertThat(german.topicWords("Warum darf ich im Winter keinen Beton gießen?"))
                .isEqualTo("Winter Beton gießen?");
        assertThat(german.isQuestion("Wie dämme ich meine Wände")).isFalse();
        assertThat(german.isQuestion("Wie dämme ich meine Wände im Winter")).isTrue();
        assertThat(QueryGate.of(BookLanguage.UNKNOWN).isQuestion("Wie dämme ich meine Wände"))
                .isTrue();
    }

    @Test
    void noGermanStopWordIsCorrectedIntoABookWord() throws Exception {
        SectionSearch search = Searches.over(german());

        assertThat(GermanAnalyzer.getDefaultStopSet())
                .map(word -> new String((char[]) word))
                .filteredOn(word -> search.search("Wände " + word, Searches.DEFAULT_LIMIT)
                        .correctedQuery()
                        .isPresent())
                .isEmpty();
    }

    @Test
    void aWholeWordIsNotCompletedIntoACompoundOfIt() throws Exception {
        SearchResults results = Searches.over(german()).search("Reihen", Searches.DEFAULT_LIMIT);

        assertThat(results.correctedQuery()).isEmpty();
    }

    private static Library german() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);
        return BookFormats.importer(ImportLimits.DEFAULT, clock)
                .importBook(BOOK)
                .library();
    }

    private static java.util.List<String> titles(SectionSearch search, String query) {
        return search.search(query, Searches.DEFAULT_LIMIT).hits().stream()
                .map(hit -> hit.title())
                .toList();
    }
}
