package studybot.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import studybot.library.Library;
import studybot.library.Section;

/**
 * Term and document frequencies of the book's stems, with the same English analysis the search index uses
 * (standard tokenizer, possessives removed, lower case, English stop words, Porter stems). A term is distinctive for a
 * section when it is frequent there and rare in the rest of the book: its weight is tf × idf, with
 * idf = ln(1 + N / df).
 */
final class TermStatistics {

    private static final int MIN_STEM_LENGTH = 3;

    private final Analyzer analyzer;
    private final List<Map<String, Integer>> frequencies;
    private final Map<String, Integer> documentFrequencies;
    private final Set<String> titleStems;

    private TermStatistics(Analyzer analyzer, List<Map<String, Integer>> frequencies,
                           Map<String, Integer> documentFrequencies, Set<String> titleStems) {
        this.analyzer = analyzer;
        this.frequencies = frequencies;
        this.documentFrequencies = documentFrequencies;
        this.titleStems = titleStems;
    }

    /** Counts every section's stems (title and body); section {@code i} of {@code library.sections()} is ordinal i. */
    static TermStatistics of(Library library) {
        Analyzer analyzer = new EnglishAnalyzer();
        List<Map<String, Integer>> frequencies = new ArrayList<>();
        Map<String, Integer> documentFrequencies = new HashMap<>();
        Set<String> titleStems = new HashSet<>();
        for (Section section : library.sections()) {
            tokens(analyzer, section.title()).forEach(token -> titleStems.add(token.stem()));
            Map<String, Integer> counts = new HashMap<>();
            for (Token token : tokens(analyzer, section.title() + "\n\n" + section.body())) {
                counts.merge(token.stem(), 1, Integer::sum);
            }
            counts.keySet().forEach(stem -> documentFrequencies.merge(stem, 1, Integer::sum));
            frequencies.add(counts);
        }
        return new TermStatistics(analyzer, frequencies, documentFrequencies, titleStems);
    }

    /** How often the section with this ordinal has {@code stem}, title included. */
    int frequency(int ordinal, String stem) {
        return frequencies.get(ordinal).getOrDefault(stem, 0);
    }

    /** Whether some section's title has {@code stem}. */
    boolean inATitle(String stem) {
        return titleStems.contains(stem);
    }

    int sections() {
        return frequencies.size();
    }

    /** How distinctive {@code stem} is for the section with this ordinal; 0 for stems it does not have. */
    double weight(int ordinal, String stem) {
        Integer tf = frequencies.get(ordinal).get(stem);
        if (tf == null || stem.length() < MIN_STEM_LENGTH || !hasLetter(stem)) {
            return 0;
        }
        return tf * idf(stem);
    }

    private static boolean hasLetter(String stem) {
        for (int i = 0; i < stem.length(); i++) {
            if (Character.isLetter(stem.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    double idf(String stem) {
        int df = documentFrequencies.getOrDefault(stem, 0);
        return df == 0 ? 0 : Math.log(1 + (double) sections() / df);
    }

    /** The section's stems with their weights, most distinctive first, at most {@code limit}. */
    List<Map.Entry<String, Double>> distinctive(int ordinal, int limit) {
        List<Map.Entry<String, Double>> weighted = new ArrayList<>();
        for (String stem : frequencies.get(ordinal).keySet()) {
            double weight = weight(ordinal, stem);
            if (weight > 0) {
                weighted.add(Map.entry(stem, weight));
            }
        }
        weighted.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return weighted.size() > limit ? weighted.subList(0, limit) : weighted;
    }

    /** The stems of {@code text} with where each word is, as the index would see them. */
    List<Token> tokens(String text) {
        return tokens(analyzer, text);
    }

    private static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing in-memory text failed", e);
        }
        return tokens;
    }

    /** One analysed word: its stem and where the word is in the text. */
    record Token(String stem, int start, int end) {
    }
}
