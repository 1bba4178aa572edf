package studybot.section;

import java.util.List;
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

    private NearbySections() {}

    /** " Chapter 20 has 20.1, 20.2." or " Chapters: 20, 62."; starts with a space, to follow a sentence. */
    public static String hint(Library library, SectionNumber missing) {
        List<String> near = library.chapter(missing.chapter()).stream()
                .limit(MAX_LISTED)
                .map(Section::number)
                .map(SectionNumber::toString)
                .toList();
        if (near.isEmpty()) {
            return " Chapters: " + chapters(library) + ".";
        }
        return " Chapter " + missing.chapter() + " has " + String.join(", ", near) + ".";
    }

    /** The book's chapter numbers, in order: "20, 62". */
    public static String chapters(Library library) {
        return String.join(
                ", ", library.chapters().stream().map(String::valueOf).toList());
    }
}
