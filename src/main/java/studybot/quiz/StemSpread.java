package studybot.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import studybot.library.Library;
import studybot.library.Section;

/**
 * In how many of a French, Spanish or German book's sections (title and text) each stem is used: a word most sections
 * use ("Debian" in the Debian FAQ, "est" in a French question title) neither gives a section away nor tells it apart,
 * while one few sections use does both. Read once per deck build.
 */
final class StemSpread {

    private final Map<String, Integer> sectionsUsing;
    private final int sections;

    private StemSpread(Map<String, Integer> sectionsUsing, int sections) {
        this.sectionsUsing = Map.copyOf(sectionsUsing);
        this.sections = Math.max(1, sections);
    }

    static StemSpread of(Library library, LanguageStems stems) {
        Map<String, Integer> using = new ConcurrentHashMap<>();
        library.sections().parallelStream()
                .forEach(section -> stemsOf(section, stems).forEach(stem -> using.merge(stem, 1, Integer::sum)));
        return new StemSpread(using, library.sections().size());
    }

    private static Set<String> stemsOf(Section section, LanguageStems stems) {
        Set<String> used = new HashSet<>();
        stems.words(section.title()).forEach(word -> used.add(word.stem()));
        section.paragraphs().forEach(paragraph -> stems.words(paragraph).forEach(word -> used.add(word.stem())));
        return used;
    }

    /** The share of the book's sections that use {@code stem}, from 0 to 1. */
    double share(String stem) {
        return sectionsUsing.getOrDefault(stem, 0) / (double) sections;
    }

    /**
     * Whether every word of {@code text} is used in at most {@code share} of the sections, or in one section only (a
     * short book's word of one section is rare however few its sections).
     */
    boolean rare(List<LanguageStems.Word> words, double share) {
        return !words.isEmpty()
                && words.stream()
                        .allMatch(word -> sectionsUsing.getOrDefault(word.stem(), 0) <= Math.max(1, share * sections));
    }
}
