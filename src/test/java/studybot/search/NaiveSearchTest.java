package studybot.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import studybot.discord.DiscordText;
import studybot.library.TestBooks;

class NaiveSearchTest {

    private static final NaiveSearch SEARCH = new NaiveSearch(TestBooks.seed());

    @Test
    void sectionsWithTheMostOccurrencesComeFirst() {
        List<SearchHit> hits = SEARCH.search("pooling", 5);

        assertThat(hits).extracting(hit -> hit.number().toString()).containsExactly("62.8");
        // once in the title (weighted 3), twice in the body ("pool" is another word)
        assertThat(hits.get(0).score()).isEqualTo(5f);
    }

    @Test
    void wordsMatchWholeAndIgnoringCase() {
        NaiveSearch search = new NaiveSearch(TestBooks.of(List.of(
                List.of("Pools", "A pool. Pooling is not a POOL match twice, but it is one: pool."),
                List.of("Other", "Carpool and pools are other words."))));

        List<SearchHit> hits = search.search("Pool", 5);

        assertThat(hits).extracting(hit -> hit.number().toString()).containsExactly("1.1");
        assertThat(hits.get(0).score()).isEqualTo(3f);
        assertThat(DiscordText.markdown(hits.get(0).excerpt()))
                .isEqualTo("A **pool**. Pooling is not a **POOL** match twice, but it is one: **pool**.");
    }

    @Test
    void anyWordCountsAndTitleOnlyHitsShowTheTitle() {
        List<SearchHit> hits = SEARCH.search("motor asyncpg", 5);

        assertThat(hits).extracting(hit -> hit.number().toString()).containsExactly("62.2", "62.4", "62.1");
        assertThat(DiscordText.markdown(hits.get(1).excerpt())).startsWith("**Motor**: Async MongoDB Driver\n");
    }

    @Test
    void nothingToSearchForFindsNothing() {
        assertThat(SEARCH.search("", 5)).isEmpty();
        assertThat(SEARCH.search(null, 5)).isEmpty();
        assertThat(SEARCH.search("%%% 🎉", 5)).isEmpty();
        assertThat(SEARCH.search("kubernetes", 5)).isEmpty();
    }

    @Test
    void limitIsRespectedAndMustBePositive() {
        assertThat(SEARCH.search("redis", 3)).hasSize(3);
        assertThatThrownBy(() -> SEARCH.search("redis", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
