package studybot.bench;

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
import studybot.search.NaiveSearch;
import studybot.search.SearchHit;

/** The baseline: {@link NaiveSearch} reads every section for every query, over the same query mix as search. */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NaiveScanBench {

    @Param({"seed", "10k"})
    public String corpus;

    @Param({"all"})
    public String queries;

    private NaiveSearch naive;
    private String[] texts;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        naive = new NaiveSearch(Corpora.named(corpus));
        texts = Queries.mix(queries).toArray(String[]::new);
    }

    @Benchmark
    public List<SearchHit> naiveScan() {
        String text = texts[next];
        next = next + 1 == texts.length ? 0 : next + 1;
        return naive.search(text, UncachedSearchBench.LIMIT);
    }
}
