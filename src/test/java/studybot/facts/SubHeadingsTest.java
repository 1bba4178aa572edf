package studybot.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.TestBooks;

/**
 * Sub-headings placed in the book text, for {@code /section} and search excerpts: exactly the labelled ones of every
 * labelled book (no false heading), at the book's own characters.
 */
class SubHeadingsTest {

    @Test
    void findsExactlyTheLabelledHeadingsOfEveryLabelledBook() {
        for (LabelledBook book :
                List.of(LabelledBook.seed(), LabelledBook.operatingSystems(), LabelledBook.networking())) {
            SubHeadings subHeadings = SubHeadings.of(book.library());
            List<String> found = new ArrayList<>();
            for (Section section : book.library().sections()) {
                String body = section.body();
                for (SubHeading heading : subHeadings.in(section)) {
                    found.add(section.number() + " " + body.substring(heading.start(), heading.end()));
                }
            }
            List<String> labelled = book.labels().stream()
                    .filter(label -> label.kind() == LabelledBook.Kind.HEADING)
                    .map(label -> label.section() + " " + label.text())
                    .toList();

            assertThat(labelled).isNotEmpty();
            assertThat(found)
                    .as("headings of %s", book.library().sections().get(0).heading())
                    .containsExactlyInAnyOrderElementsOf(labelled);
        }
    }

    @Test
    void theKeyFactsReadingFindsTheSameHeadingsAsTheirOwn() {
        for (Library book : List.of(
                LabelledBook.seed().library(),
                LabelledBook.operatingSystems().library(),
                LabelledBook.networking().library())) {
            SubHeadings own = SubHeadings.of(book);
            SubHeadings shared =
                    new KeyFactExtractor().extractWithSubHeadings(book).subHeadings();

            for (Section section : book.sections()) {
                assertThat(shared.in(section)).isEqualTo(own.in(section));
            }
        }
    }

    @Test
    void theSeedsHeadingsSitBetweenTheSentenceBeforeAndTheOneTheyHead() {
        Library seed = TestBooks.seed();
        SubHeadings subHeadings = SubHeadings.of(seed);
        Section security = seed.find(SectionNumber.parse("20.6").orElseThrow()).orElseThrow();
        Section pubSub = seed.find(SectionNumber.parse("62.6").orElseThrow()).orElseThrow();

        assertThat(around(security, subHeadings.in(security).get(0)))
                .isEqualTo("security. |Your Cache Lives in a VPC, and So Should You| First and");
        assertThat(around(pubSub, subHeadings.in(pubSub).get(0)))
                .isEqualTo("important. |The Party Line: Classic Pub/Sub| Redis Pub/Sub");
        assertThat(seed.sections())
                .filteredOn(section -> !subHeadings.in(section).isEmpty())
                .extracting(section -> section.number().toString())
                .containsExactly("20.6", "62.6");
    }

    @Test
    void headingsAreFoundInTheBooksOwnSpacingAndInLaterParagraphs() {
        Library book = TestBooks.of(List.of(List.of(
                "Stampedes",
                "Hot keys cause a stampede in the cache, and a stampede hurts.",
                "The cache keeps hot  data\nclose. Hot Keys and\nthe Cache  Stampede A stampede happens when many"
                        + " clients miss the cache at once.")));
        Section section = book.sections().get(0);

        List<SubHeading> headings = SubHeadings.of(book).in(section);

        assertThat(headings).hasSize(1);
        assertThat(section.body()
                        .substring(headings.get(0).start(), headings.get(0).end()))
                .isEqualTo("Hot Keys and\nthe Cache  Stampede");
    }

    /** Two words either side of the heading, the heading between bars. */
    private static String around(Section section, SubHeading heading) {
        String body = section.body();
        String before = body.substring(0, heading.start()).strip();
        String after = body.substring(heading.end()).strip();
        String[] beforeWords = before.split(" ");
        String[] afterWords = after.split(" ");
        return beforeWords[beforeWords.length - 1] + " |" + body.substring(heading.start(), heading.end()) + "| "
                + afterWords[0] + " " + afterWords[1];
    }
}
