package studybot.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.facts.KeyFactExtractor;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.SourceLine;
import studybot.search.SearchResults;

class LookupCacheTest {

    private final BookBinder binder =
            new BookBinder(new CacheConfig(100, 60, true), new SearchConfig(5, false), new KeyFactExtractor());

    @Test
    void sameQueryHoweverTypedIsAnsweredOnce() {
        Book book = binder.bind(library("Connection pooling keeps connections open for reuse."));

        SearchResults first = book.search("pooling");
        SearchResults second = book.search("  POOLING ");
        SearchResults third = book.search("pooling");

        assertThat(second).isSameAs(first);
        assertThat(third).isSameAs(first);
        assertThat(book.cache().stats().hitCount()).isEqualTo(2);
        assertThat(book.cache().stats().missCount()).isEqualTo(1);
        assertThat(book.cache().size()).isEqualTo(1);
    }

    @Test
    void completionsAreCachedByPrefix() {
        Book book = binder.bind(library("Body."));

        assertThat(book.complete("1.")).isSameAs(book.complete("1."));
        assertThat(book.complete("1."))
                .extracting(completion -> completion.value())
                .containsExactly("1.1");
        assertThat(book.cache().stats().hitCount()).isEqualTo(2);
    }

    @Test
    void reloadEmptiesTheCacheTogetherWithTheIndex() {
        CurrentBook current = new CurrentBook(binder.bind(library("Connection pooling keeps connections open.")));
        Book before = current.get();
        assertThat(excerpts(before.search("pooling"))).allMatch(excerpt -> excerpt.contains("keeps connections open"));

        current.replace(binder.bind(library("Pooling reuses sockets instead of opening new ones.")));

        Book after = current.get();
        assertThat(after.cache().size()).isZero();
        assertThat(excerpts(after.search("pooling"))).allMatch(excerpt -> excerpt.contains("reuses sockets"));
        assertThat(excerpts(before.search("pooling"))).allMatch(excerpt -> excerpt.contains("keeps connections open"));
    }

    @Test
    void resultsRankedUnderLoadAreAnsweredButNotKept() {
        LookupCache cache = new LookupCache(new CacheConfig(100, 60, true));
        Book book = binder.bind(library("Connection pooling keeps connections open for reuse."));
        SearchResults ranked = book.search("pooling");
        SearchResults underLoad = SearchResults.ranUnderLoad(ranked.query(), Optional.empty(), ranked.hits());
        AtomicInteger searched = new AtomicInteger();

        cache.search("pooling", query -> {
            searched.incrementAndGet();
            return underLoad;
        });
        SearchResults next = cache.search("pooling", query -> {
            searched.incrementAndGet();
            return ranked;
        });
        SearchResults kept = cache.search("pooling", query -> {
            searched.incrementAndGet();
            return underLoad;
        });

        assertThat(next).isSameAs(ranked);
        assertThat(kept).isSameAs(ranked);
        assertThat(searched).hasValue(2);
    }

    @Test
    void normalisationFoldsWidthCaseAndSpaces() {
        assertThat(LookupCache.normalise("  Ｐooling \t Strategies ")).isEqualTo("pooling strategies");
        assertThat(LookupCache.normalise(null)).isEmpty();
    }

    private static List<String> excerpts(SearchResults results) {
        return results.hits().stream().map(hit -> hit.excerpt().plainText()).toList();
    }

    private static Library library(String body) {
        return new Library(
                List.of(new Section(
                        new SectionNumber(1, 1), "Pools", List.of(body), new SourceLine(Path.of("a.txt"), 1))),
                Instant.EPOCH);
    }
}
