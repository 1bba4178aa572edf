package studybot.search;

import java.util.function.Function;

/**
 * Where a book keeps its query vectors and search results (its lookup cache): a query is embedded once, and results
 * ranked by BM25 alone are dropped when search by meaning becomes ready.
 */
public interface QueryVectors {

    /** The cached vector of {@code query}, embedding it with {@code embed} the first time. */
    float[] vector(String query, Function<String, float[]> embed);

    /** Forgets the cached search results: they were ranked without the vectors that are now ready. */
    void searchesChanged();
}
