package studybot.section;

import java.util.List;
import java.util.Map;
import studybot.i18n.Texts;
import studybot.i18n.Wording;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;

/**
 * What to say after a section number the book doesn't have, the same wherever one is typed ({@code /section},
 * {@code /read}, {@code /unread}, {@code /plan set start:}): how many sections its chapter has and their span, or the
 * book's chapters when the chapter isn't there either.
 */
public final class NearbySections {

    /** Past this many chapters the outline gives the first and last only, so it stays one line. */
    private static final int MAX_CHAPTERS_SPELLED_OUT = 6;
    /** The {@code section} bundle, so the hint reads the same after every command's refusal. */
    private static final Texts TEXTS = Texts.load("section");

    private NearbySections() {}

    /**
     * " Chapter 20 has 7 sections, 20.1–20.7." or " The book has no chapter 21. The book has chapters 20 (20.1–20.7)
     * and 62 (62.1–62.8).", worded for whoever reads the refusal it is put in; starts with a space, to follow a
     * sentence.
     */
    public static Wording hint(Library library, SectionNumber missing) {
        return hint(library, missing.chapter(), String.valueOf(missing.chapter()));
    }

    /** @param writtenChapter the chapter as the member wrote it, named when the book lacks it */
    public static Wording hint(Library library, int chapter, String writtenChapter) {
        List<Section> sections = library.chapter(chapter);
        if (sections.isEmpty()) {
            return new Wording(
                    TEXTS, "nearby.noChapter", Map.of("chapter", writtenChapter, "outline", outline(library)));
        }
        return new Wording(
                TEXTS,
                "nearby.sections",
                Map.of("chapter", String.valueOf(chapter), "count", sections.size(), "span", span(sections)));
    }

    /** The chapters with their spans: "The book has chapters 20 (20.1–20.7) and 62 (62.1–62.8)." */
    public static Wording outline(Library library) {
        List<Integer> chapters = List.copyOf(library.chapters());
        if (chapters.isEmpty()) {
            return new Wording(TEXTS, "book.empty", Map.of());
        }
        if (chapters.size() > MAX_CHAPTERS_SPELLED_OUT) {
            return new Wording(
                    TEXTS,
                    "outline.range",
                    Map.of(
                            "first",
                            String.valueOf(chapters.get(0)),
                            "last",
                            String.valueOf(chapters.get(chapters.size() - 1))));
        }
        List<String> described = chapters.stream()
                .map(chapter -> chapter + " (" + span(library.chapter(chapter)) + ")")
                .toList();
        Object joined = described.size() == 1
                ? described.get(0)
                : new Wording(
                        TEXTS,
                        "list.and",
                        Map.of(
                                "first",
                                String.join(", ", described.subList(0, described.size() - 1)),
                                "last",
                                described.get(described.size() - 1)));
        return new Wording(TEXTS, "outline.list", Map.of("count", chapters.size(), "chapters", joined));
    }

    /** The book's chapter numbers, in order: "20, 62". */
    public static String chapters(Library library) {
        return String.join(
                ", ", library.chapters().stream().map(String::valueOf).toList());
    }

    /** The first and last section's numbers, "20.1–20.7", or the one number of a chapter with one section. */
    static String span(List<Section> sections) {
        String first = sections.get(0).number().toString();
        return sections.size() == 1
                ? first
                : first + "–" + sections.get(sections.size() - 1).number();
    }
}
