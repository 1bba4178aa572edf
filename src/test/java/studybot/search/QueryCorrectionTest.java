package studybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.TestBooks;

class QueryCorrectionTest {

    private static final Library BOOK = TestBooks.seed();
    private static final SectionSearch SEARCH = Searches.over(BOOK);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            replicaton           | replication
            pooing               | pooling
            conection pooling    | connection pooling
            snapshts             | snapshots
            Conection POOLING    | connection POOLING
            read replicaton lag  | read replication lag
            postgres             | postgresql
            mongo                | mongodb
            leader               | leaderboards
            """)
    void saysWhichQueryActuallyRan(String typed, String ran) {
        SearchResults results = SEARCH.search(typed, Searches.DEFAULT_LIMIT);

        assertThat(results.query()).isEqualTo(typed);
        assertThat(results.correctedQuery()).contains(ran);
        assertThat(results.effectiveQuery()).isEqualTo(ran);
        assertThat(results.hits()).isNotEmpty();
    }

    @Test
    void aKeptCorrectionIsPutInPlaceInEveryLaterQuestion() {
        SectionSearch search = Searches.over(BOOK);
        assertThat(search.search("replicaton", Searches.DEFAULT_LIMIT).effectiveQuery())
                .isEqualTo("replication");

        assertThat(search.search("read replicaton lag", Searches.DEFAULT_LIMIT).effectiveQuery())
                .isEqualTo("read replication lag");
        assertThat(search.search("replicaton and conection pooling", Searches.DEFAULT_LIMIT)
                        .effectiveQuery())
                .isEqualTo("replication and connection pooling");
    }

    @Test
    void noWordOfTheBookIsEverCorrected() throws IOException {
        Set<String> vocabulary = vocabulary();
        assertThat(vocabulary).hasSizeGreaterThan(500).contains("replication", "pooling", "psycopg2");

        for (String word : vocabulary) {
            assertThat(SEARCH.search(word, Searches.DEFAULT_LIMIT).correctedQuery())
                    .as("correction of book word %s", word)
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({"replicating", "replicated", "pooled", "pool", "snapshot", "caches", "driver", "connect"})
    void otherFormsOfBookWordsAreFoundByStemmingNotCorrected(String word) {
        SearchResults results = SEARCH.search(word, Searches.DEFAULT_LIMIT);

        assertThat(results.correctedQuery()).isEmpty();
        assertThat(results.hits()).isNotEmpty();
    }

    @Test
    void wordsThatCannotBeCorrectedAreLeftAndTheRestStillSearched() {
        SearchResults results = SEARCH.search("xyzzyq pooling", Searches.DEFAULT_LIMIT);

        assertThat(results.correctedQuery()).isEmpty();
        assertThat(results.hits().get(0).number().toString()).isEqualTo("62.8");
    }

    @Test
    void anUnknownWordWithNothingCloseFindsNothing() {
        SearchResults results = SEARCH.search("kubernetes", Searches.DEFAULT_LIMIT);

        assertThat(results.correctedQuery()).isEmpty();
        assertThat(results.problem()).contains(SearchProblem.NO_MATCHES);
    }

    @Test
    void numbersAreNotCorrected() {
        assertThat(SEARCH.search("pooling 2048", Searches.DEFAULT_LIMIT).correctedQuery())
                .isEmpty();
    }

    private static Set<String> vocabulary() throws IOException {
        Set<String> words = new TreeSet<>();
        try (WordAnalyzer analyzer = new WordAnalyzer()) {
            for (Section section : BOOK.sections()) {
                for (String text : new String[] {section.title(), section.body()}) {
                    try (TokenStream tokens = analyzer.tokenStream(SectionIndex.WORDS, text)) {
                        CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                        tokens.reset();
                        while (tokens.incrementToken()) {
                            words.add(term.toString());
                        }
                        tokens.end();
                    }
                }
            }
        }
        return words;
    }
}
