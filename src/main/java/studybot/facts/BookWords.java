package studybot.facts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import studybot.library.Library;
import studybot.library.Section;

/**
 * How a book writes its words, for telling names from title case. A name ("Redis", "ElastiCache", "VPC") is shaped like
 * one (capitals inside, digits, underscores, slashes) or is capitalised in the middle of sentences more than once and
 * never written in lower case. Any other capitalised word in the middle of a sentence ("Cache", "Lives", "Queue") is an
 * ordinary word in title case, which is how flattened sub-headings give themselves away.
 */
final class BookWords {

    private static final Pattern NAME_SHAPE = Pattern.compile(".+\\p{Lu}.*|.*[\\d_/].*");
    private static final int NAME_MIN_MID_SENTENCE_CAPITALISED = 2;
    /** Closing quotes and brackets that may follow the mark ending a sentence. */
    private static final String CLOSING_QUOTES = "”\"’')]";

    private static final String SENTENCE_ENDS = ".!?:";

    private static final Set<String> DETERMINERS = Set.of(
            "a", "an", "the", "each", "every", "its", "their", "your", "our", "one", "any", "no", "many", "several");

    private final Set<String> lowercaseWords;
    private final Map<String, Integer> capitalisedMidSentence;
    private final Set<String> afterDeterminer;

    private BookWords(
            Set<String> lowercaseWords, Map<String, Integer> capitalisedMidSentence, Set<String> afterDeterminer) {
        this.lowercaseWords = Set.copyOf(lowercaseWords);
        this.capitalisedMidSentence = Map.copyOf(capitalisedMidSentence);
        this.afterDeterminer = Set.copyOf(afterDeterminer);
    }

    /** Reads the whole book, sections in parallel; the result is sets and counts, so it does not depend on order. */
    static BookWords of(Library library) {
        Usage usage = library.sections().parallelStream().collect(Usage::new, Usage::add, Usage::addAll);
        return new BookWords(usage.lowercase, usage.capitalised, usage.afterDeterminer);
    }

    /** What the book's text shows so far about how it writes its words. */
    private static final class Usage {
        private final Set<String> lowercase = new HashSet<>();
        private final Map<String, Integer> capitalised = new HashMap<>();
        private final Set<String> afterDeterminer = new HashSet<>();

        void add(Section section) {
            for (String paragraph : section.paragraphs()) {
                List<String> tokens = Words.tokens(paragraph);
                for (int i = 0; i < tokens.size(); i++) {
                    String core = Words.core(tokens.get(i));
                    if (Words.lowercase(core)) {
                        lowercase.add(core);
                        if (i > 0
                                && DETERMINERS.contains(tokens.get(i - 1).toLowerCase(Locale.ROOT))
                                && headsPhrase(tokens, i)) {
                            afterDeterminer.add(withoutPossessive(core));
                        }
                    } else if (Words.capitalised(core) && i > 0 && !endsSentence(tokens.get(i - 1))) {
                        capitalised.merge(core, 1, Integer::sum);
                    }
                }
            }
        }

        void addAll(Usage other) {
            lowercase.addAll(other.lowercase);
            other.capitalised.forEach((word, count) -> capitalised.merge(word, count, Integer::sum));
            afterDeterminer.addAll(other.afterDeterminer);
        }
    }

    /** Whether the word is an ordinary word written in title case rather than a name. */
    boolean ordinary(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (EnglishWords.COMMON.contains(lower) || writtenLowercase(lower)) {
            return true;
        }
        return !NAME_SHAPE.matcher(word).matches()
                && capitalisedMidSentence.getOrDefault(word, 0) < NAME_MIN_MID_SENTENCE_CAPITALISED;
    }

    /**
     * Whether the book uses the word as a noun somewhere: right after a determiner and ending the phrase ("the client
     * sends", "a cache is", "the journal."). A cheap stand-in for part-of-speech tagging that keeps verbs ("sends") and
     * adjectives ("virtual", "round") out of fill-in-the-blank questions.
     */
    boolean usedAsNoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return afterDeterminer.contains(lower)
                || lower.endsWith("s") && afterDeterminer.contains(lower.substring(0, lower.length() - 1));
    }

    private boolean writtenLowercase(String lower) {
        return lowercaseWords.contains(lower)
                || lower.endsWith("es") && lowercaseWords.contains(lower.substring(0, lower.length() - 2))
                || lower.endsWith("s") && lowercaseWords.contains(lower.substring(0, lower.length() - 1));
    }

    /** Whether the word at {@code i} ends its phrase: punctuation, a possessive, or a function word after it. */
    private static boolean headsPhrase(List<String> tokens, int i) {
        String token = tokens.get(i);
        if (!Character.isLetterOrDigit(token.codePointBefore(token.length()))
                || i + 1 == tokens.size()
                || !withoutPossessive(token).equals(token)) {
            return true;
        }
        String next = Words.core(tokens.get(i + 1)).toLowerCase(Locale.ROOT);
        return EnglishWords.COMMON.contains(next) || EnglishWords.TITLE_LOWERCASE.contains(next);
    }

    private static String withoutPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
    }

    private static boolean endsSentence(String token) {
        int end = token.length();
        while (end > 0 && CLOSING_QUOTES.indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && SENTENCE_ENDS.indexOf(token.charAt(end - 1)) >= 0;
    }
}
