package studybot.plan;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.SourceLine;

/** Small books made of section numbers, for plan and progress tests. */
public final class PlanBooks {

    private static final Instant LOADED = Instant.parse("2026-11-26T10:00:00Z");

    private PlanBooks() {}

    /** A book with exactly these sections, e.g. {@code book("20.1", "20.2", "62.1")}; each body has 400 words. */
    public static Library book(String... numbers) {
        List<Section> sections = new ArrayList<>();
        for (String number : numbers) {
            SectionNumber parsed = SectionNumber.parse(number).orElseThrow();
            sections.add(new Section(
                    parsed,
                    "Title " + number,
                    List.of("word ".repeat(400).strip()),
                    new SourceLine(Path.of("test.txt"), sections.size() + 1)));
        }
        return new Library(sections, LOADED);
    }

    /** The seed's shape: 20.1–20.7 and 62.1–62.8. */
    public static Library seedShape() {
        return book(Stream.concat(numbers(20, 7), numbers(62, 8)).toArray(String[]::new));
    }

    /** {@code base} with {@code more} sections added. */
    public static Library plus(Library base, String... more) {
        return book(Stream.concat(base.sections().stream().map(s -> s.number().toString()), Arrays.stream(more))
                .toArray(String[]::new));
    }

    /** {@code base} without {@code removed}. */
    public static Library minus(Library base, String... removed) {
        List<String> gone = List.of(removed);
        return book(base.sections().stream()
                .map(s -> s.number().toString())
                .filter(n -> !gone.contains(n))
                .toArray(String[]::new));
    }

    public static Stream<String> numbers(int chapter, int sections) {
        return java.util.stream.IntStream.rangeClosed(1, sections).mapToObj(i -> chapter + "." + i);
    }

    /** The numbers of {@code sections} as text, for readable assertions. */
    public static List<String> numbersOf(List<Section> sections) {
        return sections.stream().map(s -> s.number().toString()).toList();
    }
}
