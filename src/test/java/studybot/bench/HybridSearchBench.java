package studybot.bench;

import java.nio.file.Path;
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
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class HybridSearchBench {

    @Param({"seed", "10k"})
    public String corpus;

    @Param({"bm25", "hybrid"})
    public String retrievers;

    @Param({"questions", "keywords"})
    public String queries;

    @Param({"model"})
    public String passageVectors;

    private SectionSearch search;
    private String[] texts;
    private int next;

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
        texts = mix.toArray(String[]::new);
        for (String text : texts) {
            search.search(text, UncachedSearchBench.LIMIT);
        }
    }

    @Benchmark
    public SearchResults search() {
        String text = texts[next];
        next = next + 1 == texts.length ? 0 : next + 1;
        return search.search(text, UncachedSearchBench.LIMIT);
    }
}
