package studybot.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LibraryTreeTest {

    private static final SourceLine HERE = new SourceLine(Path.of("book.md"), 1);

    private final Library library = new Library(
            List.of(
                    section("20.0", "Caches"),
                    section("20.4", "Replication"),
                    section("20.4.1", "Failover"),
                    section("20.4.1.1", "Manual failover"),
                    section("20.4.2", "Lag"),
                    section("20.5", "Pub/Sub"),
                    section("21.1", "Next chapter")),
            Map.of(20, "Caches"),
            Instant.EPOCH);

    @Test
    void answersASectionsDirectChildrenInOrder() {
        assertThat(library.children(number("20.4")))
                .extracting(Section::heading)
                .containsExactly("20.4.1 Failover", "20.4.2 Lag");
        assertThat(library.children(number("20.5"))).isEmpty();
    }

    @Test
    void answersASectionsParent() {
        assertThat(library.parent(number("20.4.1.1"))).map(Section::heading).contains("20.4.1 Failover");
        assertThat(library.parent(number("20.4"))).isEmpty();
    }

    @Test
    void aChapterHoldsItsSubSectionsInReadingOrder() {
        assertThat(library.chapter(20))
                .extracting(section -> section.number().toString())
                .containsExactly("20.0", "20.4", "20.4.1", "20.4.1.1", "20.4.2", "20.5");
        assertThat(library.next(number("20.4.2"))).map(Section::heading).contains("20.5 Pub/Sub");
        assertThat(library.chapterTitle(20)).contains("Caches");
        assertThat(library.chapterTitle(21)).isEmpty();
    }

    @Test
    void proseIsAllThatParagraphsGiveWhileSearchSeesCodeToo() {
        Section section = Section.ofBlocks(
                number("3.1"),
                "Loops",
                List.of(
                        Block.prose("A loop repeats."),
                        Block.code("for i in range(3):\n    print(i)"),
                        Block.prose("That is all.")),
                HERE);

        assertThat(section.paragraphs()).containsExactly("A loop repeats.", "That is all.");
        assertThat(section.body()).doesNotContain("print");
        assertThat(section.searchableText()).startsWith(section.body()).contains("print(i)");
    }

    private static Section section(String number, String title) {
        return new Section(number(number), title, List.of("Text of " + title + "."), HERE);
    }

    private static SectionNumber number(String text) {
        return SectionNumber.parse(text).orElseThrow();
    }
}
