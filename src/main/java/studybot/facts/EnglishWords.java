package studybot.facts;

import java.util.Locale;
import java.util.Set;

/**
 * Small closed classes of English words the extractor's rules are built on. They are language facts, not facts about
 * any one book: the words a title keeps in lower case, and very common words that are only capitalised in running text
 * when they open a sentence or a title.
 */
final class EnglishWords {

    /** Articles, short prepositions and conjunctions: the words title case leaves in lower case. */
    static final Set<String> TITLE_LOWERCASE = Set.of(
            "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
            "per", "to", "up", "via", "vs", "vs.", "with", "from", "into", "onto", "over", "than");

    /** Frequent English words (function words, pronouns, common verbs and adjectives). */
    static final Set<String> COMMON = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "always", "am", "an", "and", "any",
            "are", "as", "at", "back", "be", "because", "been", "before", "being", "below", "best", "better", "between",
            "big", "both", "but", "by", "can", "could", "day", "did", "do", "does", "doing", "done", "down", "each",
            "even", "every", "few", "first", "for", "from", "get", "gets", "give", "go", "good", "great", "had", "has",
            "have", "having", "he", "her", "here", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its",
            "just", "keep", "last", "less", "let", "life", "like", "line", "little", "lives", "long", "made", "make",
            "many", "may", "me", "more", "most", "much", "must", "my", "never", "new", "next", "no", "not", "now", "of",
            "off", "old", "on", "once", "one", "only", "or", "other", "our", "out", "over", "own", "part", "people",
            "really", "right", "same", "say", "see", "she", "should", "small", "so", "some", "still", "such", "take",
            "than", "that", "the", "their", "them", "then", "there", "these", "they", "thing", "things", "think",
            "this", "those", "through", "time", "to", "too", "two", "under", "up", "us", "use", "very", "was", "way",
            "we", "well", "were", "what", "when", "where", "which", "while", "who", "why", "will", "with", "without",
            "work", "world", "would", "yes", "yet", "you", "your", "yours");

    private EnglishWords() {}

    static boolean titleLowercase(String word) {
        return TITLE_LOWERCASE.contains(word.toLowerCase(Locale.ROOT));
    }
}
