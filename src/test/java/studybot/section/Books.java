package studybot.section;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import studybot.facts.SubHeadings;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.SourceLine;
import studybot.library.TestBooks;

/** Small made-up books for the section tests, and the lookup over a book (the seed is {@link TestBooks#seed()}). */
public final class Books {

    private Books() {}

    /** A book of the given sections, each written {@code "20.4 Title"}, with a one-paragraph body. */
    public static Library of(String... headings) {
        return new Library(Arrays.stream(headings).map(Books::section).toList(), TestBooks.LOADED);
    }

    public static Library of(List<Section> sections) {
        return new Library(sections, TestBooks.LOADED);
    }

    public static Section section(String heading) {
        int space = heading.indexOf(' ');
        String title = heading.substring(space + 1);
        return section(
                SectionNumber.parse(heading.substring(0, space)).orElseThrow(), title, List.of("About " + title + "."));
    }

    public static Section section(SectionNumber number, String title, List<String> paragraphs) {
        return new Section(number, title, paragraphs, new SourceLine(Path.of("test.txt"), 1));
    }

    /** The lookup over {@code library}, with its flattened sub-headings found as the bot finds them. */
    public static SectionLookup lookup(Library library) {
        return new SectionLookup(library, SubHeadings.of(library));
    }

    /** {@code count} sections in chapter {@code chapter}, numbered from 1, titled "Topic N". */
    public static Library generated(int chapter, int count) {
        List<Section> sections = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            sections.add(section(new SectionNumber(chapter, i), "Topic " + i, List.of("Text of topic " + i + ".")));
        }
        return of(sections);
    }
}
