package studybot.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import studybot.library.Library;
import studybot.library.Section;

/**
 * Term and document frequencies of the book's stems, with the same English analysis the search index uses (standard
 * tokenizer, possessives removed, lower case, English stop words, Porter stems). A term is distinctive for a section
 * when it is frequent there and rare in the rest of the book: its weight is tf × idf, with idf = ln(1 + N / df).
 */
final class TermStatistics {

    private static final int MIN_STEM_LENGTH = 3;

    private final Stems stems;
    private final List<StemCounts> frequencies;
    private final DocumentFrequencies documentFrequencies;
    private final Set<String> titleStems;

    private TermStatistics(
            Stems stems,
            List<StemCounts> frequencies,
            DocumentFrequencies documentFrequencies,
            Set<String> titleStems) {
        this.stems = stems;
        this.frequencies = frequencies;
        this.documentFrequencies = documentFrequencies;
        this.titleStems = titleStems;
    }

    /**
     * Counts every section's stems (title and body); section {@code i} of {@code library.sections()} is ordinal i.
     * Sections are analysed in parallel, each into counts of its own; nothing depends on the order in which they
     * finish.
     */
    static TermStatistics of(Library library) {
        Stems stems = new Stems();
        List<Section> sections = library.sections();
        List<SectionStems> counted = IntStream.range(0, sections.size())
                .parallel()
                .mapToObj(ordinal -> SectionStems.of(stems, sections.get(ordinal)))
                .toList();
        List<StemCounts> frequencies =
                counted.stream().map(SectionStems::counts).toList();
        Set<String> titleStems = new HashSet<>();
        counted.forEach(section -> titleStems.addAll(section.title()));
        return new TermStatistics(stems, frequencies, DocumentFrequencies.of(frequencies), titleStems);
    }

    /** How often the section with this ordinal has {@code stem}, title included. */
    int frequency(int ordinal, String stem) {
        return frequencies.get(ordinal).count(stem);
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
        return weight(stem, frequencies.get(ordinal).count(stem));
    }

    private double weight(String stem, int tf) {
        if (tf == 0 || stem.length() < MIN_STEM_LENGTH || !hasLetter(stem)) {
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
        int df = documentFrequencies.of(stem);
        return df == 0 ? 0 : Math.log(1 + (double) sections() / df);
    }

    /** The section's stems with their weights, most distinctive first, at most {@code limit}. */
    List<Map.Entry<String, Double>> distinctive(int ordinal, int limit) {
        StemCounts counts = frequencies.get(ordinal);
        List<String> stems = new ArrayList<>();
        double[] weights = new double[counts.size()];
        counts.forEach((stem, tf) -> {
            double weight = weight(stem, tf);
            if (weight > 0) {
                weights[stems.size()] = weight;
                stems.add(stem);
            }
        });
        double threshold = lowestOfTop(weights, stems.size(), limit);
        List<Map.Entry<String, Double>> weighted = new ArrayList<>();
        for (int i = 0; i < stems.size(); i++) {
            if (weights[i] >= threshold) {
                weighted.add(Map.entry(stems.get(i), weights[i]));
            }
        }
        weighted.sort(
                Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return weighted.size() > limit ? weighted.subList(0, limit) : weighted;
    }

    /**
     * The {@code limit}-th highest of the first {@code size} weights (all positive), or 0 if there are no more than
     * {@code limit}: only weights at or above it can be among the top {@code limit}, so only those are boxed and sorted
     * (ties at the threshold are all kept and settled by the full ordering, as before).
     */
    private static double lowestOfTop(double[] weights, int size, int limit) {
        if (size <= limit) {
            return 0;
        }
        double[] sorted = Arrays.copyOf(weights, size);
        Arrays.sort(sorted);
        return sorted[size - limit];
    }

    /** The stems of {@code text} with where each word is, as the index would see them. */
    List<Stems.Token> tokens(String text) {
        return stems.tokens(text);
    }

    /** One section's stems: those of its title, and how often each occurs in title and body together. */
    private record SectionStems(Set<String> title, StemCounts counts) {

        static SectionStems of(Stems stems, Section section) {
            Set<String> title = new HashSet<>();
            stems.forEachStem(section.title(), title::add);
            Map<String, Integer> counts = new HashMap<>();
            stems.forEachStem(section.title() + "\n\n" + section.body(), stem -> counts.merge(stem, 1, Integer::sum));
            return new SectionStems(title, StemCounts.of(counts));
        }
    }
}
