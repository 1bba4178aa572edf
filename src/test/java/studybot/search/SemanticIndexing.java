package studybot.search;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import studybot.search.semantic.EncoderModel;
import studybot.search.semantic.QueryBatcher;
import studybot.search.semantic.SemanticStatus;
import studybot.search.semantic.SentenceEncoder;

/** For benchmarks outside this package: builds and attaches search by meaning, waiting for it. */
public final class SemanticIndexing {

    /** The book id the vectors are built under: a store folder holds them in its sub-folder of that name. */
    static final String BOOK = "seed";

    /** Keeps no query vector: every search embeds its query. */
    private static final QueryVectors UNCACHED = new QueryVectors() {
        @Override
        public Optional<float[]> vector(String query) {
            return Optional.empty();
        }

        @Override
        public void keep(String query, float[] vector) {}

        @Override
        public void searchesChanged() {}
    };

    private SemanticIndexing() {}

    /** How a build went. */
    public record Result(int passages, int embedded) {}

    public static Result build(
            SectionSearch search,
            EncoderModel model,
            SemanticIndexer.EncoderLoader loader,
            Path store,
            Clock clock,
            Duration timeout)
            throws Exception {
        try (SemanticIndexer indexer = new SemanticIndexer(model, loader, store, clock)) {
            indexer.index(BOOK, search, new SharedModel.MapQueryVectors());
            indexer.awaitIdle(timeout);
            SemanticStatus status = indexer.status();
            if (status.state() != SemanticStatus.State.READY) {
                throw new IllegalStateException("not ready: " + status.describe());
            }
            return new Result(status.total(), status.embedded());
        }
    }

    /**
     * Attaches search by meaning whose passage vectors are random unit vectors while queries are embedded by the real
     * model, uncached: the cost of a search is the same as with the model's passage vectors (the scan reads every
     * passage whatever they hold), but nothing has to be embedded first, which takes the 10,000-section corpus over 25
     * minutes on a shared 2-core machine. For timing and memory only: the meaning ranking it gives is noise.
     *
     * @return the passages given a vector
     */
    public static int attachStandIn(SectionSearch search, SentenceEncoder queries) {
        List<Passage> passages = search.passages();
        int dimensions = queries.embedQuery("dimensions").length;
        Random random = new Random(passages.size());
        List<float[]> vectors = new ArrayList<>(passages.size());
        for (int p = 0; p < passages.size(); p++) {
            float[] vector = new float[dimensions];
            double length = 0;
            for (int i = 0; i < dimensions; i++) {
                vector[i] = (float) random.nextGaussian();
                length += vector[i] * vector[i];
            }
            for (int i = 0; i < dimensions; i++) {
                vector[i] /= (float) Math.sqrt(length);
            }
            vectors.add(vector);
        }
        search.useMeaning(new MeaningRetriever(
                new SectionVectors(passages, vectors),
                UNCACHED,
                new QueryBatcher(queries),
                MeaningRetriever.BUSY_AHEAD,
                queries.model().minimumSimilarity()));
        return passages.size();
    }

    /** Attaches search by meaning with no query-vector cache: every search that asks embeds its query. */
    public static void attachUncached(
            SectionSearch search, EncoderModel model, SemanticIndexer.EncoderLoader loader, Path store)
            throws Exception {
        try (SemanticIndexer indexer = new SemanticIndexer(model, loader, store, Clock.systemUTC())) {
            indexer.index(BOOK, search, UNCACHED);
            indexer.awaitIdle(Duration.ofHours(2));
        }
        if (!search.searchesByMeaning()) {
            throw new IllegalStateException("search by meaning did not attach");
        }
    }
}
