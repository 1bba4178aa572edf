package studybot.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
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
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CacheHitBench {

    private Book book;
    private String[] asTyped;
    private String[] respaced;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        // as config/studybot.json has it
        book = new BookBinder(
                        new CacheConfig(10_000, 600, true),
                        new SearchConfig(UncachedSearchBench.LIMIT, false),
                        new KeyFactExtractor())
                .bind(TestBooks.seed());
        List<String> queries = Queries.mix("all");
        asTyped = queries.toArray(String[]::new);
        respaced = queries.stream()
                .map(q -> "  " + q.toUpperCase(Locale.ROOT).replace(" ", "   ") + " ")
                .toArray(String[]::new);
        for (String query : asTyped) {
            book.search(query);
        }
        long misses = book.cache().stats().missCount();
        for (int i = 0; i < asTyped.length; i++) {
            book.search(asTyped[i]);
            book.search(respaced[i]);
        }
        if (book.cache().stats().missCount() != misses) {
            throw new IllegalStateException("a primed query missed the cache");
        }
    }

    @Benchmark
    public SearchResults cacheHit() {
        String text = asTyped[next];
        next = next + 1 == asTyped.length ? 0 : next + 1;
        return book.search(text);
    }

    @Benchmark
    public SearchResults cacheHitRespaced() {
        String text = respaced[next];
        next = next + 1 == respaced.length ? 0 : next + 1;
        return book.search(text);
    }
}
