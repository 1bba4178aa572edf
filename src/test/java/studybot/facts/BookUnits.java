package studybot.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;

/**
 * The sentences and flattened sub-headings of every section of a book, split exactly as {@link KeyFactExtractor} splits
 * them, so labels made on them match the sources of the facts it extracts.
 */
public final class BookUnits {

    private BookUnits() {}

    public static Map<SectionNumber, List<TextUnit>> of(Library library) {
        SentenceSplitter splitter = new SentenceSplitter(new FlattenedHeadings(BookWords.of(library)));
        Map<SectionNumber, List<TextUnit>> units = new LinkedHashMap<>();
        for (Section section : library.sections()) {
            units.put(
                    section.number(),
                    section.paragraphs().stream()
                            .flatMap(paragraph -> splitter.units(paragraph).stream())
                            .toList());
        }
        return units;
    }
}
