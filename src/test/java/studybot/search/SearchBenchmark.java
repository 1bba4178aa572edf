package studybot.search;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import studybot.library.Library;

/**
 * Search latency at book sizes up to 10,000 sections, Lucene against the naive scan, with exact words, typos and
 * partial words mixed. Sample mode reports percentiles (the target is p99 of 3 ms at 10,000 sections). Run with
 * {@code java -cp target/test-classes:target/classes:<test classpath> org.openjdk.jmh.Main SearchBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SearchBenchmark {

    private static final List<String> QUERIES = List.of("pooling", "replicaton", "conection pooling", "postgres",
            "mongo", "read replicas", "sorted sets leaderboard", "async postgres driver", "snapshts", "pub/sub",
            "cluster mode", "leader", "kubernetes operator", "the of and");

    @Param({"10000"})
    public int sections;

    private SectionSearch lucene;
    private NaiveSearch naive;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        Library book = SyntheticBook.of(sections, SeedBook.load());
        lucene = SectionSearch.over(book);
        naive = new NaiveSearch(book);
    }

    @Benchmark
    public SearchResults lucene() {
        return lucene.search(nextQuery());
    }

    @Benchmark
    public List<SearchHit> naive() {
        return naive.search(nextQuery(), SectionSearch.DEFAULT_LIMIT);
    }

    private String nextQuery() {
        next = (next + 1) % QUERIES.size();
        return QUERIES.get(next);
    }
}
