package studybot.facts;

import java.util.List;
import java.util.Set;

/**
 * Words inside a sentence that point back at the sentence before, found by how English uses them rather than by where
 * they stand: "both" without its pair ("Merging both branches…"; "both X and Y" names them), "that" as a demonstrative
 * before a lone noun ("…and then revert that commit."), "alternatively" (an alternative to what the sentence before
 * said), and a quantifier opening the sentence as a pronoun subject ("Others use…", "Some accept…", "Most of them…"),
 * whose noun is in the sentence before. Each stands when the sentence names what it points at first ("Two files are
 * compared, and both files…", "…with a commit; that commit…").
 */
final class LeaningReferences {

    /** Quantifiers that stand for a noun of the sentence before when a verb follows them: "Others use…". */
    private static final Set<String> QUANTIFIERS =
            Set.of("others", "some", "many", "most", "several", "few", "all", "each", "none");
    /** What follows a quantifier used as a pronoun subject: an auxiliary, an adverb, or a common verb of manuals. */
    private static final Set<String> VERBS_AFTER_PRONOUN = Set.of(
            "are", "were", "is", "was", "have", "has", "had", "can", "cannot", "will", "may", "might", "must", "should",
            "would", "could", "do", "does", "don't", "also", "only", "even", "still", "just", "use", "need", "require",
            "take", "provide", "support", "allow", "accept", "return", "work", "let", "make", "expect", "want",
            "prefer");
    /**
     * Words before "both" that name its pair: "X and Y both…", "either X or Y, or both", "two files… both", "a trait …
     * another trait… both traits". Two names in brackets do too: "samefile(path1, path2): … both paths…".
     */
    private static final Set<String> PAIR_NAMED = Set.of("and", "or", "either", "two", "pair", "between", "another");
    /**
     * Marks after which a later clause may point at an earlier one: "If X is required, Rust meets that requirement."
     */
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "(", "-", "—", "–");
    /** Marks that end a clause or a sentence. */
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ",", ";", ":", "!", "?", ")");
    /**
     * How many words "and" may stand after "both" to complete its pair ("both the client and the server"); a later
     * "and" joins two verbs of a "both" that names no pair ("Both results carry the sign of x and are floats.").
     */
    private static final int PAIR_REACH = 4;

    private LeaningReferences() {}

    /**
     * Whether one of the words points back at the sentence before; {@code words} are the sentence's
     * {@link Words#marked} words.
     */
    static boolean leans(List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        if (quantifierAsSubject(words)) {
            return true;
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("both") && bothWithoutItsPair(words, i)
                    || word.equals("that") && demonstrativeBeforeLoneNoun(words, i)
                    || word.equals("alternatively") && alternativeToWhatCameBefore(words, i)) {
                return true;
            }
        }
        return false;
    }

    /** "Others use…", "Some are…", "Most of them…": a quantifier opening the sentence with no noun of its own. */
    private static boolean quantifierAsSubject(List<String> words) {
        String first = words.get(0);
        if (!QUANTIFIERS.contains(first) || words.size() < 2) {
            return false;
        }
        String next = words.get(1);
        if (first.equals("others")) {
            return true;
        }
        return VERBS_AFTER_PRONOUN.contains(next)
                || next.equals("of")
                        && words.size() > 2
                        && Set.of("them", "these", "those").contains(words.get(2));
    }

    /**
     * "both" that names no pair: no "and" or "or" soon after it (the correlative "both X and Y"; words in brackets do
     * not count) and no pair named before it in the sentence ("X and Y both…").
     */
    static boolean bothWithoutItsPair(List<String> words, int at) {
        int reached = 0;
        int depth = 0;
        for (int n = at + 1; n < words.size() && reached < PAIR_REACH; n++) {
            String word = words.get(n);
            if (word.equals("and") || word.equals("or")) {
                return false;
            }
            depth += word.equals("(") ? 1 : word.equals(")") ? -1 : 0;
            reached += Words.mark(word) || depth > 0 ? 0 : 1;
        }
        depth = 0;
        for (String word : words.subList(0, at)) {
            depth += word.equals("(") ? 1 : word.equals(")") ? -1 : 0;
            if (PAIR_NAMED.contains(word) || depth > 0 && word.equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "that" before a single word that ends the sentence or its clause ("…revert that commit.", "When you use that
     * value, …"): a conjunction or relative pronoun would open a clause with a verb. Only in the sentence's first
     * clause: in a later one it may point at an earlier clause ("If X is required, Rust meets that requirement."); nor
     * when the sentence names the noun before it.
     */
    private static boolean demonstrativeBeforeLoneNoun(List<String> words, int at) {
        if (at == 0 || at + 2 > words.size() || words.subList(0, at).stream().anyMatch(CLAUSE_BREAKS::contains)) {
            return false;
        }
        String noun = words.get(at + 1);
        boolean endsClause = at + 2 == words.size() || CLAUSE_ENDS.contains(words.get(at + 2));
        return endsClause
                && !Words.mark(noun)
                && !EnglishWords.COMMON.contains(noun)
                && words.subList(0, at).stream().noneMatch(earlier -> names(earlier, noun));
    }

    /**
     * "alternatively" as an adverb of the clause ("You may alternatively mount…"): the first way is the one the
     * sentence before told. As another name ("the diff file (alternatively called patch file)") it points nowhere.
     */
    private static boolean alternativeToWhatCameBefore(List<String> words, int at) {
        String next = at + 1 < words.size() ? words.get(at + 1) : "";
        return !next.equals("called") && !next.equals("named") && !next.equals("known");
    }

    /** Whether an earlier word names the noun: the same word, its plural, or a part of a name ("file_path"). */
    private static boolean names(String earlier, String noun) {
        if (Words.sameWord(earlier, noun)) {
            return true;
        }
        for (String part : earlier.split("[._-]")) {
            if (part.equals(noun)) {
                return true;
            }
        }
        return false;
    }
}
