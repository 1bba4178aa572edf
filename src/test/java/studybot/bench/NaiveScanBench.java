package studybot.bench;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import studybot.search.NaiveSearch;
import studybot.search.SearchHit;

/** The baseline: {@link NaiveSearch} reads every section for every query, over the same query mix as search. */
public class NaiveScanBench extends SampledPerCall {

    @Param({"seed", "10k"})
    public String corpus;

    @Param({"all"})
    public String queries;

    private NaiveSearch naive;
    private QueryCycle texts;

    @Setup(Level.Trial)
    public void build() {
        naive = new NaiveSearch(Corpora.named(corpus));
        texts = new QueryCycle(Queries.mix(queries));
    }

    @Benchmark
    public List<SearchHit> naiveScan() {
        return naive.search(texts.next(), UncachedSearchBench.LIMIT);
    }
}
