package studybot.search;

import java.util.List;
import java.util.Optional;

/**
 * Decides whether a query is worth running, before any searching: users type anything into a slash command, and each
 * kind of bad input gets its own explanation instead of an empty result or an exception.
 */
final class QueryValidator {

    private final QueryWords words;

    QueryValidator(QueryWords words) {
        this.words = words;
    }

    /** @param query the user's text with surrounding whitespace already removed */
    Optional<SearchProblem> problemWith(String query) {
        if (query.isEmpty()) {
            return Optional.of(SearchProblem.EMPTY);
        }
        if (query.codePointCount(0, query.length()) > SearchProblem.MAX_QUERY_LENGTH) {
            return Optional.of(SearchProblem.TOO_LONG);
        }
        List<QueryWord> found = words.split(query);
        if (found.isEmpty()) {
            return Optional.of(SearchProblem.NO_WORDS);
        }
        if (found.stream().allMatch(word -> words.isStopWord(word.text()))) {
            return Optional.of(SearchProblem.ONLY_STOP_WORDS);
        }
        return Optional.empty();
    }
}
