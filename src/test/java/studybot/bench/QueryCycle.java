package studybot.bench;

import java.util.List;

/**
 * The queries a benchmark asks, one per call, from the first again after the last, so that each call times one query
 * and the cycle costs no allocation. One per benchmark thread (it is not thread-safe).
 */
final class QueryCycle {

    private final String[] queries;
    private int next;

    QueryCycle(List<String> queries) {
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("a benchmark needs at least one query");
        }
        this.queries = queries.toArray(String[]::new);
    }

    /** The next query in turn. */
    String next() {
        String query = queries[next];
        next = next + 1 == queries.length ? 0 : next + 1;
        return query;
    }
}
