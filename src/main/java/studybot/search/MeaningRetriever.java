package studybot.search;

import java.util.List;
import java.util.Optional;
import studybot.search.semantic.QueryBatcher;

/**
 * Search by meaning over one library: the query embedded (through the lookup cache, so a query is embedded once, and
 * through the {@link QueryBatcher}, which starts embedding a question as it arrives), then the nearest sections by
 * their best passage. When BM25 found nothing, a section below {@code minimumSimilarity} is not a hit at all, which is
 * what lets a query about something the book lacks ({@code kubernetes helm chart}) still find nothing; when BM25 found
 * something, the query is about the book and the vectors only reorder.
 *
 * <p>Under load the vectors are skipped rather than waited for: when more than {@code busyAhead} questions queue for
 * the model before this one and BM25 found something, the question is answered by BM25 alone, which is a right answer,
 * only ranked without meaning. When BM25 found nothing the question always waits for its vector, since "nothing
 * matches" could be wrong.
 */
final class MeaningRetriever {

    /**
     * Questions waiting for the model from which a new question is shed: about 0.35 s of one core's time (measured 2.7
     * to 2.9 ms of CPU per question).
     */
    static final int BUSY_AHEAD = 128;

    private final SectionVectors vectors;
    private final QueryVectors cache;
    private final QueryBatcher batcher;
    private final int busyAhead;
    private final float minimumSimilarity;

    /**
     * @param cache where the query vectors are kept; the same text must always be given the same vector
     * @param busyAhead questions waiting for the model from which a new question is shed
     */
    MeaningRetriever(
            SectionVectors vectors, QueryVectors cache, QueryBatcher batcher, int busyAhead, float minimumSimilarity) {
        this.vectors = vectors;
        this.cache = cache;
        this.batcher = batcher;
        this.busyAhead = busyAhead;
        this.minimumSimilarity = minimumSimilarity;
    }

    /**
     * The nearest sections to {@code query}, or empty when the model is too busy and BM25's hits will do.
     *
     * @param alone whether BM25 found nothing, so that only clearly similar sections count and the vector is always
     *     waited for
     */
    Optional<List<SectionMatch>> nearest(String query, int limit, boolean alone) {
        return vector(query, alone)
                .map(vector -> vectors.nearest(vector, limit, alone ? minimumSimilarity : Float.NEGATIVE_INFINITY));
    }

    /**
     * Starts embedding {@code query} now, so its vector may be ready by the time its search runs; or, with the model's
     * queue long already, sheds it.
     */
    void foresee(String query) {
        if (cache.vector(query).isPresent() || batcher.pending(query).isPresent()) {
            return;
        }
        if (batcher.waiting() >= busyAhead) {
            batcher.shed(query);
        } else {
            batcher.submit(query).whenEmbedded(vector -> cache.keep(query, vector));
        }
    }

    private Optional<float[]> vector(String query, boolean mustWait) {
        Optional<float[]> kept = cache.vector(query);
        if (kept.isPresent()) {
            return kept;
        }
        while (true) {
            Optional<QueryBatcher.Request> queued = batcher.pending(query);
            QueryBatcher.Request request;
            if (queued.isPresent()) {
                request = queued.get();
            } else if (!mustWait && batcher.waiting() >= busyAhead) {
                return Optional.empty();
            } else {
                request = batcher.submit(query);
            }
            Optional<float[]> vector = request.await();
            if (vector.isPresent()) {
                cache.keep(query, vector.get());
                return vector;
            }
            request.release();
            if (!mustWait) {
                return Optional.empty();
            }
        }
    }

    int passageCount() {
        return vectors.passageCount();
    }
}
