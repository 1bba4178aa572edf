package studybot.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import studybot.book.Book;
import studybot.book.BookBinder;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.facts.KeyFactExtractor;
import studybot.library.TestBooks;
import studybot.search.SearchResults;

/**
 * {@code Book.search} of queries already in the Caffeine lookup cache (target: ≤ 1 µs): key normalisation plus the
 * cache read. {@code cacheHit} asks exactly as the query was first typed; {@code cacheHitRespaced} asks with other
 * spacing and case, which normalises to the same entry.
 */
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CacheHitBench extends SampledPerCall {

    private Book book;
    private QueryCycle asTyped;
    private QueryCycle respaced;

    @Setup(Level.Trial)
    public void build() {
        // as config/studybot.json has it
        book = new BookBinder(
                        new CacheConfig(10_000, 600, true),
                        new SearchConfig(UncachedSearchBench.LIMIT, false),
                        new KeyFactExtractor())
                .bind(TestBooks.seed());
        List<String> queries = Queries.mix("all");
        List<String> respacedQueries = queries.stream()
                .map(q -> "  " + q.toUpperCase(Locale.ROOT).replace(" ", "   ") + " ")
                .toList();
        for (String query : queries) {
            book.search(query);
        }
        long misses = book.cache().stats().missCount();
        for (int i = 0; i < queries.size(); i++) {
            book.search(queries.get(i));
            book.search(respacedQueries.get(i));
        }
        if (book.cache().stats().missCount() != misses) {
            throw new IllegalStateException("a primed query missed the cache");
        }
        asTyped = new QueryCycle(queries);
        respaced = new QueryCycle(respacedQueries);
    }

    @Benchmark
    public SearchResults cacheHit() {
        return book.search(asTyped.next());
    }

    @Benchmark
    public SearchResults cacheHitRespaced() {
        return book.search(respaced.next());
    }
}
