package studybot.quiz;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studybot.facts.EarlierFactTexts;
import studybot.library.Library;
import studybot.library.Section;

/**
 * Which question of the deck a card the deck no longer has became: a card's id is a hash of its kind and its fact's
 * text, so a studybot that cuts facts out of sentences a little differently (a headword kept, a second sentence joined
 * or left off) or an edit of the book gives the same question a new id. A held card's earlier text is found again among
 * the texts its section's sentences give ({@link EarlierFactTexts}); its successor is the question of the same section
 * and kind whose fact is that text with a sentence or a headword more or less: the shorter of the two is found nearly
 * whole, word for word, in the longer ({@link #overlap}). Sharing words is not enough: two statements of one section
 * share many ("If an exception occurs… the rest of the clause is skipped." and "If no exception occurs, the except
 * clause is skipped…"). A card whose earlier text is not found, or whose fact is no longer asked that way, has no
 * successor: its question is retired.
 */
public final class CardSuccessors {

    /** The least share of the shorter text's words that a run of words the two have in common must hold. */
    static final double SAME_FACT_RUN = 0.8;
    /** The shorter text has at least this many words for each word of the longer one. */
    static final double SAME_FACT_LENGTH = 0.4;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    private CardSuccessors() {}

    /**
     * The successor in {@code deck} of each of {@code held} that the deck does not ask, by old id; cards without one
     * are left out.
     */
    public static Map<String, String> of(Library library, QuizDeck deck, Set<String> held) {
        Set<String> gone = new HashSet<>(held);
        gone.removeIf(card -> deck.find(card).isPresent());
        Map<String, String> successors = new LinkedHashMap<>();
        if (gone.isEmpty()) {
            return successors;
        }
        EarlierFactTexts earlier = EarlierFactTexts.of(library);
        for (Section section : library.sections()) {
            List<Question> questions = deck.of(section.number());
            if (questions.isEmpty()) {
                continue;
            }
            for (String text : earlier.of(section)) {
                for (QuestionKind kind : QuestionKind.values()) {
                    String old = QuizDeck.cardId(kind, text);
                    if (gone.contains(old) && !successors.containsKey(old)) {
                        successor(text, kind, questions).ifPresent(next -> successors.put(old, next.cardId()));
                    }
                }
            }
        }
        return successors;
    }

    private static Optional<Question> successor(String earlierText, QuestionKind kind, List<Question> questions) {
        List<String> words = words(earlierText);
        Question best = null;
        double bestOverlap = 0;
        for (Question question : questions) {
            double overlap = overlap(words, words(question.fact().text()));
            if (question.kind() == kind && overlap > bestOverlap) {
                best = question;
                bestOverlap = overlap;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * How much of the longer text the shorter one covers, when they are one fact: the longest run of words both have in
     * the same order holds at least {@value #SAME_FACT_RUN} of the shorter one's words, and the shorter one has at
     * least {@value #SAME_FACT_LENGTH} as many words as the longer; 0 when they are not one fact.
     */
    static double overlap(List<String> one, List<String> other) {
        List<String> shorter = one.size() <= other.size() ? one : other;
        List<String> longer = shorter == one ? other : one;
        if (shorter.isEmpty() || shorter.size() < SAME_FACT_LENGTH * longer.size()) {
            return 0;
        }
        int run = longestCommonRun(shorter, longer);
        return run < SAME_FACT_RUN * shorter.size() ? 0 : (double) run / longer.size();
    }

    private static int longestCommonRun(List<String> one, List<String> other) {
        int[] previous = new int[other.size() + 1];
        int longest = 0;
        for (String word : one) {
            int[] current = new int[other.size() + 1];
            for (int at = 0; at < other.size(); at++) {
                if (word.equals(other.get(at))) {
                    current[at + 1] = previous[at] + 1;
                    longest = Math.max(longest, current[at + 1]);
                }
            }
            previous = current;
        }
        return longest;
    }

    /** The text's words, lower case, in order. */
    static List<String> words(String text) {
        Matcher matcher =
                WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        List<String> words = new ArrayList<>();
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
