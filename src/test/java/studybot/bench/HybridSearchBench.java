package studybot.bench;

import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import studybot.search.LabelledQuestions;
import studybot.search.SearchResults;
import studybot.search.Searches;
import studybot.search.SectionSearch;
import studybot.search.SemanticIndexing;
import studybot.search.semantic.EncoderModel;

/**
 * {@code SectionSearch.search} without the lookup cache, BM25 alone beside hybrid (BM25 + meaning), for students'
 * questions (the labelled set's seed questions: every call embeds its query, none is cached) and for the keyword
 * queries of {@link UncachedSearchBench} (which the gate keeps away from the model). Target: hybrid p99 for questions ≤
 * 15 ms at 10,000 sections; keyword queries as with BM25 alone. The passage vectors come from the store in
 * {@code target/bench-embeddings} (made by {@link SemanticBuildBench}, or here on first use), or with {@code -p
 * passageVectors=stand-in} are random stand-ins ({@link SemanticIndexing#attachStandIn}): the same cost per search,
 * queries still embedded by the model, without first embedding 10,000 sections for half an hour.
 */
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class HybridSearchBench extends SampledPerCall {

    @Param({"seed", "10k"})
    public String corpus;

    @Param({"bm25", "hybrid"})
    public String retrievers;

    @Param({"questions", "keywords"})
    public String queries;

    @Param({"model"})
    public String passageVectors;

    private SectionSearch search;
    private QueryCycle texts;

    @Setup(Level.Trial)
    public void build() throws Exception {
        search = Searches.over(Corpora.named(corpus));
        if (retrievers.equals("hybrid") && passageVectors.equals("stand-in")) {
            SemanticIndexing.attachStandIn(search, BenchModel.encoder());
        } else if (retrievers.equals("hybrid")) {
            SemanticIndexing.attachUncached(
                    search, EncoderModel.MINILM_L6_V2_Q, BenchModel::encoder, Path.of("target/bench-embeddings"));
        }
        List<String> mix = queries.equals("questions")
                ? LabelledQuestions.all().stream()
                        .filter(question -> question.book().equals("seed"))
                        .map(LabelledQuestions.Question::text)
                        .toList()
                : Queries.mix("all");
        for (String text : mix) {
            search.search(text, UncachedSearchBench.LIMIT);
        }
        texts = new QueryCycle(mix);
    }

    @Benchmark
    public SearchResults search() {
        return search.search(texts.next(), UncachedSearchBench.LIMIT);
    }
}
