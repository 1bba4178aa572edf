package studybot.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedParserTest {

    private final SeedParser parser = new SeedParser();
    private final Path file = Path.of("book.txt");

    @Test
    void readsHeadingsBodiesAndParagraphs() {
        List<Section> sections = parser.parse(
                file,
                "20.4 Replication Groups\n\nFirst paragraph\nstill first.\n\nSecond paragraph.\n\n20.5 Pub/Sub\n\nBody.\n");

        assertThat(sections).extracting(Section::heading).containsExactly("20.4 Replication Groups", "20.5 Pub/Sub");
        assertThat(sections.get(0).paragraphs()).containsExactly("First paragraph\nstill first.", "Second paragraph.");
        assertThat(sections.get(0).origin()).isEqualTo(new SourceLine(file, 1));
        assertThat(sections.get(1).origin()).isEqualTo(new SourceLine(file, 8));
    }

    @Test
    void crlfAndLfGiveTheSameSections() {
        String lf = "1.1 One\n\nAlpha.\n\nBeta.\n\n1.2 Two\n\nGamma.";
        assertThat(parser.parse(file, lf.replace("\n", "\r\n"))).isEqualTo(parser.parse(file, lf));
    }

    @Test
    void trailingMarkerLinesAreNotTheBook() {
        List<Section> sections = parser.parse(file, "62.1 Last\n\nThe end of the book.\n\n— joke —\n\n...");

        assertThat(sections)
                .singleElement()
                .satisfies(section -> assertThat(section.paragraphs()).containsExactly("The end of the book."));
    }

    @Test
    void aLineOfPunctuationInsideASectionIsPartOfItsBody() {
        List<Section> sections = parser.parse(
                file,
                "7.1 Operators\n\nThe arithmetic operators are:\n\n+ - * / %\n\nEach takes two operands."
                        + "\n\n7.2 Next\n\nMore.");

        assertThat(sections).extracting(Section::heading).containsExactly("7.1 Operators", "7.2 Next");
        assertThat(sections.get(0).paragraphs())
                .containsExactly("The arithmetic operators are:", "+ - * / %", "Each takes two operands.");
    }

    @Test
    void punctuationFollowedOnlyByMarkersBeforeTheNextHeadingStillEndsTheSection() {
        List<Section> sections = parser.parse(file, "7.1 One\n\nText.\n\n...\n\n***\n\n7.2 Two\n\nMore.");

        assertThat(sections.get(0).paragraphs()).containsExactly("Text.");
        assertThat(sections.get(1).paragraphs()).containsExactly("More.");
    }

    @Test
    void linesBeforeTheFirstHeadingAreSkipped() {
        List<Section> sections = parser.parse(file, "A preface nobody asked for.\n\n3.1 Start\n\nText.");

        assertThat(sections).extracting(Section::heading).containsExactly("3.1 Start");
    }

    @Test
    void aNumberedSentenceInsideTheBodyIsNotAHeading() {
        List<Section> sections = parser.parse(
                file, "3.1 Start\n\n1.5 million requests per second is a lot.\n\n2.0 is the version\nwe run.");

        assertThat(sections)
                .singleElement()
                .satisfies(section -> assertThat(section.paragraphs())
                        .containsExactly("1.5 million requests per second is a lot.", "2.0 is the version\nwe run."));
    }

    @Test
    void garbageGivesNoSectionsAndNoCrash() {
        assertThat(parser.parse(file, "")).isEmpty();
        assertThat(parser.parse(file, "\n\n\u0000\u0007 ...\n—\n")).isEmpty();
    }
}
