package studybot.facts;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A definite subject that takes up what the sentence before introduced with "a" or "an": "An email is written as a text
 * file. The email is handed to the mail agent…", "The command takes an expression. If the expression is invalid, …".
 * English introduces a new referent with the indefinite article and refers back to it with the definite one, so "the
 * email" names that one email, which only the sentence before says, and the sentence leans on it. Only "the" and the
 * bare noun as the subject of the sentence or of its opening clause count: a modifier ("the journal file"), a
 * complement ("the tuple without any values", "the journal of a ledger") or a name ("the closure |r|") says which one,
 * and a noun used in the sentence before without "a" may be the book's subject rather than a new referent.
 */
final class AnaphoricDefinite {

    /** Words an indefinite noun phrase may hold before its head: "a new remote branch". */
    private static final int MAX_PHRASE_WORDS = 3;

    /** Subordinators that may open the sentence before the definite subject: "If the expression is invalid, …". */
    private static final Set<String> OPENING_SUBORDINATORS =
            Set.of("if", "when", "whenever", "once", "unless", "because", "since", "while", "after", "before", "until");

    /** Auxiliaries and adverbs that may follow a subject: "the guess is…", "the cache also keeps…". */
    private static final Set<String> VERBS_AFTER_SUBJECT = Set.of(
            "is", "are", "was", "were", "has", "have", "had", "can", "cannot", "will", "may", "might", "must", "should",
            "would", "could", "does", "did", "do", "also", "then", "only", "always", "never", "still");

    private AnaphoricDefinite() {}

    /** Whether {@code sentence} refers back, with "the", to a noun {@code before} introduced with "a" or "an". */
    static boolean refersBack(String sentence, String before) {
        Set<String> introduced = introducedNouns(Words.marked(before));
        if (introduced.isEmpty()) {
            return false;
        }
        List<String> words = Words.marked(sentence);
        int at = 0;
        if (!words.isEmpty() && OPENING_SUBORDINATORS.contains(words.get(0))) {
            at = 1;
        }
        if (words.size() < at + 3 || !words.get(at).equals("the")) {
            return false;
        }
        String noun = words.get(at + 1);
        return introduced.contains(noun) && verbFollows(words.get(at + 2));
    }

    /**
     * Whether the word after the noun is its verb ("The email is handed…", "the guess contains…"), so nothing between
     * says which one: a modifier ("the dialect parameter"), a complement ("the tuple without any values") or a name
     * ("the closure |r|") would.
     */
    private static boolean verbFollows(String next) {
        return VERBS_AFTER_SUBJECT.contains(next)
                || next.length() > 3 && next.endsWith("s") && !next.endsWith("ss") && !next.endsWith("us");
    }

    /** The head nouns of the sentence's indefinite noun phrases: "a text file" gives "file". */
    private static Set<String> introducedNouns(List<String> words) {
        Set<String> nouns = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).equals("a") && !words.get(i).equals("an")) {
                continue;
            }
            String head = null;
            for (int n = i + 1; n < Math.min(words.size(), i + MAX_PHRASE_WORDS + 1); n++) {
                String word = words.get(n);
                if (Words.mark(word) || EnglishWords.COMMON.contains(word)) {
                    break;
                }
                head = word;
            }
            if (head != null) {
                nouns.add(head);
            }
        }
        return nouns;
    }
}
