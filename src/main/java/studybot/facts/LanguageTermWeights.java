package studybot.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import studybot.library.AnalysedWords;
import studybot.library.Library;
import studybot.library.LuceneLanguages;
import studybot.library.Section;

/**
 * How distinctive each stem is for each section of a book in a language other than English, analysed as search analyses
 * that language (Lucene's analyser: its stop words and its stemmer): tf × ln(1 + N / df), as {@link TermStatistics}
 * weighs English stems. A section's distinctive stems are its {@value #DISTINCTIVE_TERMS} heaviest.
 */
final class LanguageTermWeights {

    static final int DISTINCTIVE_TERMS = KeyFactExtractor.DISTINCTIVE_TERMS;
    private static final int MIN_STEM_LENGTH = 3;

    private final Analyzer analyzer;
    private final List<Map<String, Integer>> counts;
    private final Map<String, Integer> documentFrequencies;

    private LanguageTermWeights(
            Analyzer analyzer, List<Map<String, Integer>> counts, Map<String, Integer> documentFrequencies) {
        this.analyzer = analyzer;
        this.counts = counts;
        this.documentFrequencies = documentFrequencies;
    }

    static LanguageTermWeights of(Library library, FactLanguage language) {
        Analyzer analyzer = LuceneLanguages.analyzer(language.language())
                .orElseThrow(() -> new IllegalArgumentException("no analyser for " + language.code()));
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> documentFrequencies = new HashMap<>();
        for (Section section : library.sections()) {
            Map<String, Integer> counted = new HashMap<>();
            stems(analyzer, section.title()).forEach(stem -> counted.merge(stem, 1, Integer::sum));
            section.paragraphs()
                    .forEach(paragraph ->
                            stems(analyzer, paragraph).forEach(stem -> counted.merge(stem, 1, Integer::sum)));
            counted.keySet().forEach(stem -> documentFrequencies.merge(stem, 1, Integer::sum));
            counts.add(counted);
        }
        return new LanguageTermWeights(analyzer, counts, documentFrequencies);
    }

    /** The stems of {@code text}, in order, as the language's analyser gives them. */
    List<String> stems(String text) {
        return stems(analyzer, text);
    }

    /** How often the section with this ordinal has {@code stem}. */
    int frequency(int ordinal, String stem) {
        return counts.get(ordinal).getOrDefault(stem, 0);
    }

    /** The section's {@value #DISTINCTIVE_TERMS} most distinctive stems with their weights. */
    Map<String, Double> distinctive(int ordinal) {
        Map<String, Double> weights = new HashMap<>();
        counts.get(ordinal).forEach((stem, tf) -> {
            if (stem.length() >= MIN_STEM_LENGTH && stem.chars().anyMatch(Character::isLetter)) {
                weights.put(stem, tf * Math.log(1 + (double) counts.size() / documentFrequencies.get(stem)));
            }
        });
        Map<String, Double> top = new HashMap<>();
        weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(DISTINCTIVE_TERMS)
                .forEach(entry -> top.put(entry.getKey(), entry.getValue()));
        return top;
    }

    private static List<String> stems(Analyzer analyzer, String text) {
        return AnalysedWords.of(analyzer, text).stream()
                .map(AnalysedWords::term)
                .toList();
    }
}
