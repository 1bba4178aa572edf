package studybot.bench;

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
import studybot.library.Library;
import studybot.library.TestBooks;
import studybot.search.Searches;
import studybot.search.SectionSearch;

/**
 * Indexing the seed from a cold start (target: ≤ 0.5 s): each measurement is the first and only call in a fresh JVM, so
 * it pays class loading, Lucene's static set-up and interpreted code, as the bot does when it starts. Ten forks give
 * ten cold starts. {@code loadAndBind} also reads and parses the seed files.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ColdIndexBench {

    /** The seed already loaded, for the benchmarks that time only the indexing (JMH sets up only what is used). */
    @State(Scope.Thread)
    public static class LoadedSeed {
        Library seed;

        @Setup(Level.Trial)
        public void load() {
            seed = TestBooks.seed();
        }
    }

    @Benchmark
    public SectionSearch indexSeed(LoadedSeed loaded) {
        return Searches.over(loaded.seed);
    }

    @Benchmark
    public Book bindSeed(LoadedSeed loaded) {
        return binder().bind(loaded.seed);
    }

    @Benchmark
    public Book loadAndBindSeed() {
        return binder().bind(TestBooks.seed());
    }

    private static BookBinder binder() {
        return new BookBinder(
                new CacheConfig(10_000, 600, true),
                new SearchConfig(UncachedSearchBench.LIMIT, false),
                new KeyFactExtractor());
    }
}
