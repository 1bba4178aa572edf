package studybot.section;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import studybot.facts.SubHeadings;
import studybot.library.Library;
import studybot.library.LibraryException;
import studybot.library.LibraryLoader;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.SeedParser;
import studybot.library.SourceLine;

/** Libraries for tests: the real seed, and small made-up books. */
public final class Books {

    private static final Instant LOADED = Instant.parse("2026-11-26T10:00:00Z");

    private Books() {}

    /** The real seed: 20.1–20.7 and 62.1–62.8. */
    public static Library seed() {
        try {
            return new LibraryLoader(new SeedParser(), Clock.fixed(LOADED, ZoneOffset.UTC)).load(Path.of("seeds"));
        } catch (LibraryException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A book of the given sections, each written {@code "20.4 Title"}, with a one-paragraph body. */
    public static Library of(String... headings) {
        return new Library(Arrays.stream(headings).map(Books::section).toList(), LOADED);
    }

    public static Library of(List<Section> sections) {
        return new Library(sections, LOADED);
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
