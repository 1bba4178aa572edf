package studybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import studybot.library.SectionNumber;
import studybot.library.TestBooks;

class SectionSearchRelevanceTest {

    private static final SectionSearch SEARCH = Searches.over(TestBooks.seed());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvFileSource(resources = "/search/keyword-queries.csv", delimiter = '|')
    void firstHitIsTheSectionAboutIt(String query, String expected) {
        SearchResults results = SEARCH.search(query, Searches.DEFAULT_LIMIT);

        assertThat(results.problem()).as("problem for %s", query).isEmpty();
        assertThat(results.hits().get(0).number())
                .as("first hit for %s", query)
                .isEqualTo(SectionNumber.parse(expected).orElseThrow());
    }

    @Test
    void partialWordsFindBothSectionsOfTheirDatabase() {
        assertThat(SEARCH.search("postgres", Searches.DEFAULT_LIMIT).hits())
                .extracting(hit -> hit.number().toString())
                .containsExactlyInAnyOrder("62.1", "62.2");
        assertThat(SEARCH.search("mongo", Searches.DEFAULT_LIMIT).hits())
                .extracting(hit -> hit.number().toString())
                .containsExactlyInAnyOrder("62.3", "62.4");
    }

    @Test
    void sectionsWithEveryWordComeBeforeSectionsWithSome() {
        SearchResults results = SEARCH.search("async postgres driver", Searches.DEFAULT_LIMIT);

        // 62.2 has all three words; 62.4 (async, driver) and 62.1 (async, postgresql) have two each
        assertThat(results.hits()).extracting(hit -> hit.number().toString()).startsWith("62.2");
        assertThat(results.hits()).extracting(hit -> hit.number().toString()).contains("62.4", "62.1");
    }

    @Test
    void aWordInTheTitleOutweighsTheSameWordTwiceInTheBody() {
        SectionSearch search = Searches.over(TestBooks.of(List.of(
                List.of("Odds and ends", "Reuse connections: pooling keeps them open, and pooling saves handshakes."),
                List.of("Connection pooling", "Keep a few connections open and hand them out as they are needed."))));

        assertThat(search.search("pooling", Searches.DEFAULT_LIMIT).hits())
                .extracting(hit -> hit.number().toString())
                .containsExactly("1.2", "1.1");
    }

    @Test
    void anEmptyBookFindsNothing() {
        SectionSearch search = Searches.over(TestBooks.of(List.of()));

        assertThat(search.search("pooling", Searches.DEFAULT_LIMIT).problem()).contains(SearchProblem.NO_MATCHES);
        assertThat(search.search("replicaton", Searches.DEFAULT_LIMIT).problem())
                .contains(SearchProblem.NO_MATCHES);
    }

    @Test
    void hitsAreInRankOrderAndRespectTheLimit() {
        SearchResults results = SEARCH.search("redis", 3);

        assertThat(results.hits()).hasSize(3);
        assertThat(results.hits()).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(SEARCH.search("redis", SectionSearch.MAX_LIMIT).hits()).hasSizeGreaterThan(5);
        assertThat(SEARCH.search("redis", Searches.DEFAULT_LIMIT).hits()).hasSize(Searches.DEFAULT_LIMIT);
    }
}
