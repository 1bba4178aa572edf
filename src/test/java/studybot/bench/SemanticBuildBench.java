package studybot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import studybot.library.Library;
import studybot.search.Searches;
import studybot.search.SectionSearch;
import studybot.search.SemanticIndexing;
import studybot.search.semantic.EncoderModel;

/**
 * Single-shot timings of building search by meaning for a corpus, in a fresh JVM: the first build (every passage
 * embedded; its throughput), then a restart with the on-disk store (a new index, vectors read back, nothing embedded)
 * until hybrid answers. The model load is timed apart. Run: {@code mvn -q test-compile exec:exec
 * -Dexec.classpathScope=test -Dexec.executable=java -Dexec.args="-cp %classpath studybot.bench.SemanticBuildBench 10k
 * target/bench-embeddings"}.
 */
public final class SemanticBuildBench {

    private SemanticBuildBench() {}

    public static void main(String[] args) throws Exception {
        Library library = Corpora.named(args.length > 0 ? args[0] : "seed");
        Path store = Path.of(args.length > 1 ? args[1] : "target/bench-embeddings");
        Files.createDirectories(store);
        long loadStart = System.nanoTime();
        BenchModel.encoder();
        System.out.printf("model load: %d ms%n", (System.nanoTime() - loadStart) / 1_000_000);
        for (String run : new String[] {"first build (or reuse, if the store has it)", "restart with the store"}) {
            long start = System.nanoTime();
            SectionSearch search = Searches.over(library);
            long indexed = System.nanoTime();
            SemanticIndexing.Result result = SemanticIndexing.build(
                    search,
                    EncoderModel.MINILM_L6_V2_Q,
                    BenchModel::encoder,
                    store,
                    Clock.systemUTC(),
                    Duration.ofHours(2));
            long done = System.nanoTime();
            double seconds = (done - indexed) / 1e9;
            System.out.printf(
                    "%s: %d sections, %d passages, %d embedded; BM25 index %d ms, to hybrid %.1f s"
                            + " (%.1f passages/s embedded)%n",
                    run,
                    library.size(),
                    result.passages(),
                    result.embedded(),
                    (indexed - start) / 1_000_000,
                    (done - start) / 1e9,
                    result.embedded() / Math.max(seconds, 1e-9));
        }
    }
}
