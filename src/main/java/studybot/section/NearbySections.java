package studybot.section;

import java.util.List;
import java.util.Map;
import studybot.i18n.Texts;
import studybot.i18n.Wording;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;

/**
 * What to suggest after a section number the book doesn't have, the same wherever one is typed ({@code /read},
 * {@code /plan set start:}): the sections of its chapter, or the book's chapters when the chapter isn't there either.
 */
public final class NearbySections {

    /** Sections named at most, so a long chapter stays one line. */
    private static final int MAX_LISTED = 10;
    /** The {@code section} bundle, so the hint reads the same after every command's refusal. */
    private static final Texts TEXTS = Texts.load("section");

    private NearbySections() {}

    /**
     * " Chapter 20 has 20.1, 20.2." or " Chapters: 20, 62.", worded for whoever reads the refusal it is put in; starts
     * with a space, to follow a sentence.
     */
    public static Wording hint(Library library, SectionNumber missing) {
        List<String> near = library.chapter(missing.chapter()).stream()
                .limit(MAX_LISTED)
                .map(Section::number)
                .map(SectionNumber::toString)
                .toList();
        if (near.isEmpty()) {
            return new Wording(TEXTS, "nearby.chapters", Map.of("chapters", chapters(library)));
        }
        return new Wording(
                TEXTS,
                "nearby.sections",
                Map.of("chapter", String.valueOf(missing.chapter()), "sections", String.join(", ", near)));
    }

    /** The book's chapter numbers, in order: "20, 62". */
    public static String chapters(Library library) {
        return String.join(
                ", ", library.chapters().stream().map(String::valueOf).toList());
    }
}
