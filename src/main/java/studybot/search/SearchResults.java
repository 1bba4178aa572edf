package studybot.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to one search: the hits in rank order, or the problem that explains why there are none. When a typo or
 * partial word was corrected, {@code correction} is the query that actually ran and the words it replaced, for a
 * "showing results for …" line, so the user is never left guessing why the hits don't contain what they typed.
 *
 * @param query what the user typed, without surrounding whitespace
 * @param correction the query that ran instead and the words it replaced, if any word was corrected
 * @param hits best first; empty exactly when there is a problem
 * @param problem why there are no hits: bad input, or nothing matched
 * @param underLoad whether the hits were ranked by BM25 alone because the model was too busy to embed the question in
 *     time: right answers, ranked without meaning, so they are not kept for the next time it is asked
 */
public record SearchResults(
        String query,
        Optional<QueryCorrection> correction,
        List<SearchHit> hits,
        Optional<SearchProblem> problem,
        boolean underLoad) {

    public SearchResults {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(correction, "correction");
        hits = List.copyOf(hits);
        Objects.requireNonNull(problem, "problem");
        if (hits.isEmpty() == problem.isEmpty()) {
            throw new IllegalArgumentException("a search has hits or a problem, not both or neither");
        }
    }

    /** A query refused before searching. */
    public static SearchResults refused(String query, SearchProblem problem) {
        return new SearchResults(query, Optional.empty(), List.of(), Optional.of(problem), false);
    }

    /** A query that ran: its hits, or {@link SearchProblem#NO_MATCHES} when there are none. */
    public static SearchResults ran(String query, Optional<QueryCorrection> correction, List<SearchHit> hits) {
        return new SearchResults(
                query,
                correction,
                hits,
                hits.isEmpty() ? Optional.of(SearchProblem.NO_MATCHES) : Optional.empty(),
                false);
    }

    /** A query answered by BM25 alone while the model was busy; BM25 found {@code hits}, so there is at least one. */
    public static SearchResults ranUnderLoad(String query, Optional<QueryCorrection> correction, List<SearchHit> hits) {
        if (hits.isEmpty()) {
            throw new IllegalArgumentException("a search with no keyword hit waits for the model");
        }
        return new SearchResults(query, correction, hits, Optional.empty(), true);
    }

    /** The query that ran instead of the one typed, if any word was corrected. */
    public Optional<String> correctedQuery() {
        return correction.map(QueryCorrection::query);
    }

    /** The query whose hits these are: the corrected one if there was a correction. */
    public String effectiveQuery() {
        return correctedQuery().orElse(query);
    }
}
