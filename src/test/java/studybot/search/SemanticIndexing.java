package studybot.search;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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

    /** Attaches search by meaning with query vectors cached in a plain map, as a lookup cache would keep them. */
    public static SharedModel.MapQueryVectors attach(SectionSearch search, EncoderModel model,
                                                     SemanticIndexer.EncoderLoader loader, Path store)
            throws Exception {
        SharedModel.MapQueryVectors cache = new SharedModel.MapQueryVectors();
        try (SemanticIndexer indexer = new SemanticIndexer(model, loader, store, Clock.systemUTC())) {
            indexer.index(search, cache);
            indexer.awaitIdle(Duration.ofHours(2));
        }
        return cache;
    }
}
