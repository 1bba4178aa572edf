package studybot.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The distinctive terms of one section as they appear in a sentence: how strongly a sentence is about its section, and
 * which of its words make key terms. Adjacent capitalised words form one name ("Read Replicas", "Sorted Set"). Common
 * English words, contractions and adverbs in -ly are never terms, however rare they are in the book.
 */
final class FactTerms {

    private final TermStatistics statistics;
    private final int ordinal;
    private static final Pattern ADJECTIVE = Pattern.compile(".*(?:able|ible|ous|ful|less)");

    private final Map<String, Double> distinctive;
    private final Map<String, Double> candidates;
    private final BookWords words;

    /**
     * @param distinctive the section's most distinctive stems and weights, which decide whether a sentence is a fact
     * @param candidates a wider set of distinctive stems, from which key terms are drawn
     */
    FactTerms(
            TermStatistics statistics,
            int ordinal,
            Map<String, Double> distinctive,
            Map<String, Double> candidates,
            BookWords words) {
        this.statistics = statistics;
        this.ordinal = ordinal;
        this.distinctive = distinctive;
        this.candidates = candidates;
        this.words = words;
    }

    /** What the English analysis makes of {@code text}: what {@link #score} and {@link #of} read. */
    List<Stems.Token> tokens(String text) {
        return statistics.tokens(text);
    }

    /**
     * The summed weight of the distinct distinctive stems in {@code text}; 0 if it has too few of them.
     *
     * @param tokens {@code text}'s {@link #tokens}
     */
    double score(String text, List<Stems.Token> tokens) {
        Set<String> found = new HashSet<>();
        for (Stems.Token token : tokens) {
            if (weight(text, token, distinctive) > 0) {
                found.add(token.stem());
            }
        }
        if (found.size() < KeyFactExtractor.MIN_DISTINCTIVE_TERMS) {
            return 0;
        }
        return found.stream().mapToDouble(distinctive::get).sum();
    }

    /**
     * The key terms of a fact, most distinctive first, each once.
     *
     * @param tokens {@code text}'s {@link #tokens}, as its score was computed from
     */
    List<KeyTerm> of(String text, List<Stems.Token> tokens) {
        List<KeyTerm> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = i + 1;
            if (name(text, tokens.get(i), i == 0)) {
                while (end < tokens.size()
                        && adjacent(text, tokens.get(end - 1), tokens.get(end))
                        && name(text, tokens.get(end), false)) {
                    end++;
                }
            }
            List<Stems.Token> run = tokens.subList(i, end);
            double weight = weight(text, run);
            if (weight > 0) {
                String surface = withoutPossessive(text.substring(
                        run.get(0).start(), run.get(run.size() - 1).end()));
                String stems =
                        String.join(" ", run.stream().map(Stems.Token::stem).toList());
                if (seen.add(stems)) {
                    boolean opensSentence = run.get(0).start() == 0 && words.ordinary(surface.split(" ")[0]);
                    TermKind kind = TermKind.of(opensSentence ? lowerFirst(surface) : surface);
                    terms.add(new KeyTerm(surface, stems, kind, weight, topical(surface, run, kind)));
                }
            }
            i = end;
        }
        terms.sort(Comparator.comparingDouble(KeyTerm::weight).reversed());
        return terms;
    }

    /**
     * The summed weight of a run of tokens. Most runs are one word, whose weight is taken as it is: the stream's
     * compensated sum of a single value is that value, so this only saves a stream per word.
     */
    private double weight(String text, List<Stems.Token> run) {
        if (run.size() == 1) {
            return weight(text, run.get(0), candidates);
        }
        return run.stream()
                .mapToDouble(token -> weight(text, token, candidates))
                .sum();
    }

    private static double weight(String text, Stems.Token token, Map<String, Double> weights) {
        Double weight = weights.get(token.stem());
        if (weight == null) {
            return 0;
        }
        String word =
                withoutPossessive(text.substring(token.start(), token.end())).toLowerCase(Locale.ROOT);
        boolean adverb = word.length() > 5 && word.endsWith("ly");
        boolean contraction = word.indexOf('\'') >= 0 || word.indexOf('’') >= 0;
        return EnglishWords.COMMON.contains(word) || adverb || contraction ? 0 : weight;
    }

    private boolean topical(String surface, List<Stems.Token> run, TermKind kind) {
        if (kind.shape() != TermKind.Shape.CONCEPT) {
            return true;
        }
        String first = surface.split(" ")[0];
        return words.usedAsNoun(first)
                && !ADJECTIVE.matcher(first).matches()
                && run.stream()
                        .anyMatch(token ->
                                statistics.frequency(ordinal, token.stem()) >= 2 || statistics.inATitle(token.stem()));
    }

    private boolean name(String text, Stems.Token token, boolean opensSentence) {
        String surface = text.substring(token.start(), token.end());
        return Words.capitalised(surface) && !(opensSentence && words.ordinary(surface));
    }

    private static boolean adjacent(String text, Stems.Token left, Stems.Token right) {
        return text.substring(left.end(), right.start()).equals(" ");
    }

    private static String withoutPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
    }

    private static String lowerFirst(String word) {
        return word.substring(0, 1).toLowerCase(Locale.ROOT) + word.substring(1);
    }
}
