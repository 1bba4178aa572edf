package studybot.search;

import java.util.List;
import java.util.function.Function;

/**
 * Search by meaning over one library: the query embedded (through the lookup cache, so a query is embedded once), then
 * the nearest sections by their best passage. When BM25 found nothing, a section below {@code minimumSimilarity} is not
 * a hit at all, which is what lets a query about something the book lacks ({@code kubernetes helm chart}) still find
 * nothing; when BM25 found something, the query is about the book and the vectors only reorder.
 */
final class MeaningRetriever {

    private final SectionVectors vectors;
    private final Function<String, float[]> embedQuery;
    private final float minimumSimilarity;

    /** @param embedQuery the query's unit vector; the same text must always give the same vector */
    MeaningRetriever(SectionVectors vectors, Function<String, float[]> embedQuery, float minimumSimilarity) {
        this.vectors = vectors;
        this.embedQuery = embedQuery;
        this.minimumSimilarity = minimumSimilarity;
    }

    /** @param alone whether BM25 found nothing, so that only clearly similar sections count */
    List<SectionMatch> nearest(String query, int limit, boolean alone) {
        return vectors.nearest(embedQuery.apply(query), limit, alone ? minimumSimilarity : Float.NEGATIVE_INFINITY);
    }

    int passageCount() {
        return vectors.passageCount();
    }
}
