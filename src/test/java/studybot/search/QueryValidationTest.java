package studybot.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import studybot.library.TestBooks;

class QueryValidationTest {

    private static final SectionSearch SEARCH = Searches.over(TestBooks.seed());

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "   \t\n ", "\u2003"})
    void emptyOrBlankAsksForWords(String query) {
        assertThat(SEARCH.search(query, Searches.DEFAULT_LIMIT).problem()).contains(SearchProblem.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the of and", "The", "and or not", "it is to be"})
    void stopWordsOnlyAreRefused(String query) {
        SearchResults results = SEARCH.search(query, Searches.DEFAULT_LIMIT);

        assertThat(results.problem()).contains(SearchProblem.ONLY_STOP_WORDS);
        assertThat(results.hits()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "%%%",
                "🎉",
                "🎉🔥👍",
                "\u0000",
                "\u0000\u0001\u0002",
                "*",
                "~",
                "?",
                "()",
                "\"\"",
                "&& || !",
                ":-)",
                "\u200B"
            })
    void textWithoutWordsIsRefused(String query) {
        assertThat(SEARCH.search(query, Searches.DEFAULT_LIMIT).problem()).contains(SearchProblem.NO_WORDS);
    }

    @Test
    void queriesOverTheLimitAreRefusedNotTruncated() {
        String longest = "pooling ".repeat(12) + "a".repeat(SearchProblem.MAX_QUERY_LENGTH - 96);
        String tooLong = longest + "b";
        assertThat(longest.strip()).hasSize(SearchProblem.MAX_QUERY_LENGTH);

        assertThat(SEARCH.search(longest, Searches.DEFAULT_LIMIT).problem())
                .isNotEqualTo(Optional.of(SearchProblem.TOO_LONG));
        SearchResults refused = SEARCH.search(tooLong, Searches.DEFAULT_LIMIT);
        assertThat(refused.problem()).contains(SearchProblem.TOO_LONG);
        assertThat(refused.hits()).isEmpty();
        assertThat(SearchProblem.TOO_LONG.message()).contains(String.valueOf(SearchProblem.MAX_QUERY_LENGTH));
    }

    @Test
    void surroundingWhitespaceDoesNotCountTowardsTheLimit() {
        String query = "  " + "pooling ".repeat(12) + "   ";

        assertThat(SEARCH.search(query, Searches.DEFAULT_LIMIT).problem()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "title:foo AND (",
                "C++ AND",
                "\"read replicas",
                "[pooling]",
                "pooling~2",
                "replic*",
                "+redis -memcached",
                "redis^4",
                "{cluster TO mode}",
                "pub/sub",
                "a\\b",
                "/regex/"
            })
    void luceneSyntaxIsJustWords(String query) {
        SearchResults results = SEARCH.search(query, Searches.DEFAULT_LIMIT);

        assertThat(results.hits().isEmpty()).isEqualTo(results.problem().isPresent());
    }

    @Test
    void syntaxCharactersAroundRealWordsStillFindThem() {
        assertThat(SEARCH.search("[pooling]", Searches.DEFAULT_LIMIT)
                        .hits()
                        .get(0)
                        .number()
                        .toString())
                .isEqualTo("62.8");
        assertThat(SEARCH.search("+redis -memcached", Searches.DEFAULT_LIMIT).hits())
                .isNotEmpty();
        assertThat(SEARCH.search("\"read replicas", Searches.DEFAULT_LIMIT)
                        .hits()
                        .get(0)
                        .number()
                        .toString())
                .isEqualTo("20.4");
    }

    @Test
    void everyProblemHasAMessage() {
        for (SearchProblem problem : SearchProblem.values()) {
            assertThat(problem.message()).isNotBlank();
        }
    }

    @Test
    void randomInputNeverThrows() {
        Random random = new Random(20_26);
        String alphabet = "abcdefghijklmnopqrstuvwxyz ABC 0123456789 +-&|!(){}[]^\"~*?:\\/'’.,;%$#@<>=_`"
                + "\u0000\u0007\t\n\r\u00A0\u200B\u202E\uFEFFéüßçñ中文字日本語한국어Ωπ∑√∞\uD83C\uDF89\uD83D\uDD25\uD83D";
        for (int round = 0; round < 1_000; round++) {
            int length = random.nextInt(130);
            StringBuilder query = new StringBuilder();
            for (int i = 0; i < length; i++) {
                query.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            SearchResults results = SEARCH.search(query.toString(), 1 + random.nextInt(SectionSearch.MAX_LIMIT));

            assertThat(results.hits().isEmpty())
                    .as("hits xor problem for %s", query)
                    .isEqualTo(results.problem().isPresent());
        }
    }

    @Test
    void limitOutsideOneToTwentyFiveIsAProgrammingError() {
        assertThatThrownBy(() -> SEARCH.search("pooling", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SEARCH.search("pooling", SectionSearch.MAX_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
