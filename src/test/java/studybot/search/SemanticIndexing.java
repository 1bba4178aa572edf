package studybot.search;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import studybot.search.semantic.EncoderModel;
import studybot.search.semantic.SemanticStatus;

/** For benchmarks outside this package: builds and attaches search by meaning, waiting for it. */
public final class SemanticIndexing {

    private SemanticIndexing() {
    }

    /** How a build went. */
    public record Result(int passages, int embedded) {
    }

    public static Result build(SectionSearch search, EncoderModel model, SemanticIndexer.EncoderLoader loader,
                               Path store, Clock clock, Duration timeout) throws Exception {
        try (SemanticIndexer indexer = new SemanticIndexer(model, loader, store, clock)) {
            indexer.index(search, new SharedModel.MapQueryVectors());
            indexer.awaitIdle(timeout);
            SemanticStatus status = indexer.status();
            if (status.state() != SemanticStatus.State.READY) {
                throw new IllegalStateException("not ready: " + status.describe());
            }
            return new Result(status.total(), status.embedded());
        }
    }

    /** Attaches search by meaning with no query-vector cache: every search that asks embeds its query. */
    public static void attachUncached(SectionSearch search, EncoderModel model, SemanticIndexer.EncoderLoader loader,
                                      Path store) throws Exception {
        try (SemanticIndexer indexer = new SemanticIndexer(model, loader, store, Clock.systemUTC())) {
            indexer.index(search, new QueryVectors() {
                @Override
                public float[] vector(String query, Function<String, float[]> embed) {
                    return embed.apply(query);
                }

                @Override
                public void searchesChanged() {
                }
            });
            indexer.awaitIdle(Duration.ofHours(2));
        }
        if (!search.searchesByMeaning()) {
            throw new IllegalStateException("search by meaning did not attach");
        }
    }
}
