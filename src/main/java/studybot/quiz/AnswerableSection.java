package studybot.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import studybot.facts.KeyFact;
import studybot.facts.KeyFacts;
import studybot.library.Library;
import studybot.library.SectionNumber;

/**
 * Whether a reader of the book could tell which of four sections says a masked fact: the fact's words, weighted as BM25
 * weighs them over the book's sections (a word few sections use counts most, a word every section uses nothing), must
 * match its own section's text clearly better than any other choice's. A masked fact whose remaining words another
 * choice's section uses as much ("Values are ▢▢▢ by reference" beside a section on references) has two right answers,
 * or none a reader could find. Word counts are taken once per build, for the words the facts use only, so the check
 * costs one reading of the book and a few lookups per choice.
 */
final class AnswerableSection {

    /** The own section's score must be at least this many times every other choice's. */
    static final double MARGIN = 2.0;

    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final int MIN_WORD = 3;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}_]+");

    private final Map<SectionNumber, Map<String, Integer>> counts;
    private final Map<SectionNumber, Integer> lengths;
    private final Map<String, Double> weights;
    private final double averageLength;

    private AnswerableSection(
            Map<SectionNumber, Map<String, Integer>> counts,
            Map<SectionNumber, Integer> lengths,
            Map<String, Double> weights,
            double averageLength) {
        this.counts = counts;
        this.lengths = lengths;
        this.weights = weights;
        this.averageLength = averageLength;
    }

    /** The counts, in every section of the book (title and text), of the words the facts use. */
    static AnswerableSection of(Library library, KeyFacts facts) {
        Map<String, String> singulars = new ConcurrentHashMap<>();
        Function<String, String> singular = word -> singulars.computeIfAbsent(word, Plurals::singular);
        Set<String> vocabulary = new HashSet<>();
        facts.all().stream().map(KeyFact::text).forEach(text -> vocabulary.addAll(tokens(text, singular)));
        Map<SectionNumber, Map<String, Integer>> counts = new ConcurrentHashMap<>();
        Map<SectionNumber, Integer> lengths = new ConcurrentHashMap<>();
        library.sections().parallelStream().forEach(section -> {
            Map<String, Integer> sectionCounts = new HashMap<>();
            List<String> tokens = new ArrayList<>(tokens(section.title(), singular));
            section.paragraphs().forEach(paragraph -> tokens.addAll(tokens(paragraph, singular)));
            for (String word : tokens) {
                if (vocabulary.contains(word)) {
                    sectionCounts.merge(word, 1, Integer::sum);
                }
            }
            counts.put(section.number(), Map.copyOf(sectionCounts));
            lengths.put(section.number(), tokens.size());
        });
        Map<String, Integer> sectionsUsing = new HashMap<>();
        counts.values()
                .forEach(sectionCounts ->
                        sectionCounts.keySet().forEach(word -> sectionsUsing.merge(word, 1, Integer::sum)));
        int sections = Math.max(1, library.sections().size());
        Map<String, Double> weights = new HashMap<>();
        sectionsUsing.forEach(
                (word, using) -> weights.put(word, Math.log(1 + (sections - using + 0.5) / (using + 0.5))));
        double averageLength =
                lengths.values().stream().mapToInt(Integer::intValue).average().orElse(1);
        return new AnswerableSection(Map.copyOf(counts), Map.copyOf(lengths), Map.copyOf(weights), averageLength);
    }

    /**
     * Which other sections may stand beside the own one as choices for this masked fact: those it matches at most half
     * as well ({@value #MARGIN} times worse) as its own. None may when the own section does not match it at all.
     */
    Predicate<SectionNumber> distinguishable(String prompt, SectionNumber own) {
        Set<String> words = words(prompt);
        double ownScore = score(words, own);
        return other -> ownScore > 0 && ownScore >= MARGIN * score(words, other);
    }

    /** How well a section's text matches the words (BM25). */
    double score(Set<String> words, SectionNumber section) {
        Map<String, Integer> sectionCounts = counts.getOrDefault(section, Map.of());
        double norm = K1 * (1 - B + B * lengths.getOrDefault(section, 0) / averageLength);
        double score = 0;
        for (String word : words) {
            int count = sectionCounts.getOrDefault(word, 0);
            if (count > 0) {
                score += weights.getOrDefault(word, 0.0) * count * (K1 + 1) / (count + norm);
            }
        }
        return score;
    }

    /** The distinct words of a text. */
    static Set<String> words(String text) {
        return new HashSet<>(tokens(text, Plurals::singular));
    }

    /**
     * The words of a text of three letters or more, in order, in lower case and without a plural ending
     * ({@code singular}: a book repeats its words, so a build looks each one up once).
     */
    private static List<String> tokens(String text, Function<String, String> singular) {
        List<String> tokens = new ArrayList<>();
        for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (word.length() >= MIN_WORD) {
                tokens.add(singular.apply(word));
            }
        }
        return tokens;
    }
}
