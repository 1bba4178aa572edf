package studybot.bench;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import studybot.library.Library;
import studybot.search.SearchResults;
import studybot.search.Searches;
import studybot.search.SectionSearch;

/**
 * {@code SectionSearch.search} without the lookup cache, one query per call, cycling through a query mix. Sample mode
 * times single calls, so the percentiles are per-query latencies (target: p99 ≤ 3 ms at 10,000 sections).
 */
public class UncachedSearchBench extends SampledPerCall {

    /** What the bot asks for: {@code search.maxResults} in config/studybot.json. */
    static final int LIMIT = 5;

    @Param({"seed", "10k"})
    public String corpus;

    @Param({"all", "plain", "multi", "typo", "partial"})
    public String queries;

    private SectionSearch search;
    private QueryCycle texts;

    @Setup(Level.Trial)
    public void build() {
        Library library = Corpora.named(corpus);
        search = Searches.over(library);
        List<String> mix = Queries.mix(queries);
        for (String text : mix) {
            check(text, search.search(text, LIMIT));
        }
        texts = new QueryCycle(mix);
    }

    /** A benchmark of searches that find nothing, or skip correction, would measure the wrong path. */
    private static void check(String text, SearchResults results) {
        if (results.hits().isEmpty()) {
            throw new IllegalStateException("'" + text + "' finds nothing: " + results.problem());
        }
        boolean meantToBeCorrected = Queries.TYPO.contains(text) || Queries.PARTIAL.contains(text);
        if (meantToBeCorrected != results.correctedQuery().isPresent()) {
            throw new IllegalStateException("'" + text + "' was " + (meantToBeCorrected ? "not " : "") + "corrected: "
                    + results.correctedQuery());
        }
    }

    @Benchmark
    public SearchResults sectionSearch() {
        return search.search(texts.next(), LIMIT);
    }

    /** For a look at what each query finds: {@code java ... studybot.bench.UncachedSearchBench 10k}. */
    public static void main(String[] args) {
        SectionSearch search = Searches.over(Corpora.named(args.length > 0 ? args[0] : "seed"));
        for (String text : Queries.mix("all")) {
            SearchResults results = search.search(text, LIMIT);
            System.out.println(text + " -> " + results.correctedQuery().orElse("(as typed)") + ": "
                    + results.hits().stream()
                            .map(hit -> hit.number().toString())
                            .toList());
        }
    }
}
