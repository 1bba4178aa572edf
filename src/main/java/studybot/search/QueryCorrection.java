package studybot.search;

import java.util.List;
import java.util.Objects;

/**
 * A query with the words the book lacks replaced, and which words those were: the member reads that the book has no
 * "stop", not that nothing matched what they typed, which is false whenever the other words of a question match.
 *
 * @param query the query that ran instead
 * @param replacedWords the words as typed that the book lacks and were replaced, in order, each once; never empty
 */
public record QueryCorrection(String query, List<String> replacedWords) {

    public QueryCorrection {
        Objects.requireNonNull(query, "query");
        replacedWords = List.copyOf(replacedWords);
        if (replacedWords.isEmpty()) {
            throw new IllegalArgumentException("a correction replaces at least one word");
        }
    }
}
