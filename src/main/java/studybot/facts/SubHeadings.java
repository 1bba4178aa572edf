package studybot.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import studybot.library.Library;
import studybot.library.Section;

/**
 * The sub-headings the seed format flattened into paragraphs ("The Party Line: Classic Pub/Sub Redis Pub/Sub is…"),
 * found by the same rule the key facts use ({@link SentenceSplitter}), and placed in the book's own text, so
 * {@code /section} can show each on a line of its own and a search excerpt can stop at it.
 *
 * <p>Built with each edition, off the request path: the rule reads how the whole book writes its words, then every
 * section is split into sentences once (sections in parallel), so showing or quoting a section, however long, only
 * looks its headings up. Immutable and thread-safe.
 */
public final class SubHeadings {

    /** A token as {@link Words#tokens} sees it: a run without (ASCII) whitespace. */
    private static final Pattern TOKEN = Pattern.compile("\\S+");

    private static final String PARAGRAPH_BREAK = "\n\n";

    /** Only the sections that have any, by the whole section (text included). */
    private final Map<Section, List<SubHeading>> bySection;

    private SubHeadings(Map<Section, List<SubHeading>> bySection) {
        this.bySection = Map.copyOf(bySection);
    }

    /**
     * The sub-headings of every section of {@code library}, judged by how that book writes its words. When the key
     * facts are wanted too, {@link KeyFactExtractor#extractWithSubHeadings} finds both in one reading of the book.
     */
    public static SubHeadings of(Library library) {
        SentenceSplitter splitter = SentenceSplitter.of(library);
        return new SubHeadings(library.sections().parallelStream()
                .map(section -> Map.entry(
                        section,
                        find(
                                section,
                                section.paragraphs().stream()
                                        .map(splitter::units)
                                        .toList())))
                .filter(found -> !found.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** From the sub-headings found section by section; sections without any may be left out. */
    static SubHeadings of(Map<Section, List<SubHeading>> bySection) {
        Map<Section, List<SubHeading>> found = new HashMap<>();
        bySection.forEach((section, headings) -> {
            if (!headings.isEmpty()) {
                found.put(section, headings);
            }
        });
        return new SubHeadings(found);
    }

    /**
     * The flattened sub-headings in the section's {@link Section#body() body}, in order; none for a section that is not
     * in this edition (text and all), so offsets never point into another text.
     */
    public List<SubHeading> in(Section section) {
        return bySection.getOrDefault(section, List.of());
    }

    /**
     * The section's sub-headings, from its paragraphs' units as {@link SentenceSplitter#units} gives them (one list per
     * paragraph of {@link Section#paragraphs()}, in order).
     */
    static List<SubHeading> find(Section section, List<List<TextUnit>> unitsByParagraph) {
        List<SubHeading> headings = new ArrayList<>();
        int offset = 0;
        List<String> paragraphs = section.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            for (SubHeading heading : inParagraph(unitsByParagraph.get(i), paragraph)) {
                headings.add(new SubHeading(offset + heading.start(), offset + heading.end()));
            }
            offset += paragraph.length() + PARAGRAPH_BREAK.length();
        }
        return List.copyOf(headings);
    }

    /**
     * The flattened sub-headings in one paragraph, in order. The splitter returns whitespace-normalised units, so each
     * unit is matched back to the paragraph token by token; should they ever disagree, the paragraph is taken to have
     * no heading rather than a misplaced one.
     */
    private static List<SubHeading> inParagraph(List<TextUnit> units, String paragraph) {
        if (units.stream().noneMatch(TextUnit::heading)) {
            return List.of();
        }
        List<int[]> tokens = new ArrayList<>();
        Matcher token = TOKEN.matcher(paragraph);
        while (token.find()) {
            tokens.add(new int[] {token.start(), token.end()});
        }
        List<SubHeading> headings = new ArrayList<>();
        int next = 0;
        for (TextUnit unit : units) {
            List<String> words = Words.tokens(unit.text());
            if (words.isEmpty()) {
                continue;
            }
            if (next + words.size() > tokens.size()) {
                return List.of();
            }
            for (int i = 0; i < words.size(); i++) {
                int[] at = tokens.get(next + i);
                if (!paragraph.substring(at[0], at[1]).equals(words.get(i))) {
                    return List.of();
                }
            }
            if (unit.heading()) {
                headings.add(new SubHeading(tokens.get(next)[0], tokens.get(next + words.size() - 1)[1]));
            }
            next += words.size();
        }
        return List.copyOf(headings);
    }
}
