package studybot.search;

import java.util.Optional;

/**
 * Where a book keeps its query vectors and search results (its lookup cache): a query is embedded once, and results
 * ranked by BM25 alone are dropped when search by meaning becomes ready.
 */
public interface QueryVectors {

    /** The vector kept for {@code query}, if it was embedded before. */
    Optional<float[]> vector(String query);

    /** Keeps {@code vector} as the vector of {@code query}. */
    void keep(String query, float[] vector);

    /** Forgets the cached search results: they were ranked without the vectors that are now ready. */
    void searchesChanged();
}
