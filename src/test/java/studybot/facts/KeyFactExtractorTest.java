package studybot.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import studybot.library.Section;
import studybot.library.SectionNumber;

/**
 * The extractor against books whose every sentence is labelled by hand: the seed, an operating-systems book written in
 * the same chatty style (used while the rules were written), and a networking book written and labelled afterwards and
 * never used to tune them. The figures are in the README.
 */
class KeyFactExtractorTest {

    private final KeyFactExtractor extractor = new KeyFactExtractor();

    @Test
    void seedFactsTeachAndNoneIsChatter() {
        LabelledBook seed = LabelledBook.seed();
        ExtractionScore score = ExtractionScore.of(seed, extractor.extract(seed.library()));

        assertThat(score.chatter()).as(score.toString()).isZero();
        assertThat(score.precision()).as(score.toString()).isGreaterThanOrEqualTo(0.9);
        assertThat(score.facts()).as(score.toString()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void operatingSystemsFactsTeachAndNoneIsChatter() {
        LabelledBook book = LabelledBook.operatingSystems();
        ExtractionScore score = ExtractionScore.of(book, extractor.extract(book.library()));

        assertThat(score.chatter()).as(score.toString()).isZero();
        assertThat(score.precision()).as(score.toString()).isGreaterThanOrEqualTo(0.9);
        assertThat(score.recall()).as(score.toString()).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void heldOutNetworkingFactsTeachAndNoneIsChatter() {
        LabelledBook book = LabelledBook.networking();
        ExtractionScore score = ExtractionScore.of(book, extractor.extract(book.library()));

        assertThat(score.chatter()).as(score.toString()).isZero();
        assertThat(score.precision()).as(score.toString()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void splitsEveryLabelledBookIntoExactlyItsLabelledSentencesAndHeadings() {
        for (LabelledBook book :
                List.of(LabelledBook.seed(), LabelledBook.operatingSystems(), LabelledBook.networking())) {
            SentenceSplitter splitter = new SentenceSplitter(new FlattenedHeadings(BookWords.of(book.library())));
            List<String> units = new ArrayList<>();
            for (Section section : book.library().sections()) {
                for (String paragraph : section.paragraphs()) {
                    for (TextUnit unit : splitter.units(paragraph)) {
                        units.add(section.number() + (unit.heading() ? " heading " : " ") + unit.text());
                    }
                }
            }
            List<String> labelled = book.labels().stream()
                    .map(label -> label.section()
                            + (label.kind() == LabelledBook.Kind.HEADING ? " heading " : " ")
                            + label.text())
                    .toList();
            assertThat(units).containsExactlyInAnyOrderElementsOf(labelled);
        }
    }

    @Test
    void recognisesTheSeedsFlattenedSubHeadingsAndKeepsThemOutOfFacts() {
        LabelledBook seed = LabelledBook.seed();
        SentenceSplitter splitter = new SentenceSplitter(new FlattenedHeadings(BookWords.of(seed.library())));
        String paragraph = seed.library()
                .find(SectionNumber.parse("62.6").orElseThrow())
                .orElseThrow()
                .paragraphs()
                .get(0);

        assertThat(splitter.units(paragraph))
                .contains(
                        TextUnit.heading("The Party Line: Classic Pub/Sub"),
                        TextUnit.sentence("Redis Pub/Sub is the digital equivalent of shouting in a crowded room."));
        assertThat(extractor.extract(seed.library()).all())
                .allSatisfy(fact ->
                        assertThat(fact.text()).doesNotContain("The Party Line").doesNotContain("So Should You"));
    }

    @Test
    void dropsALeadingConnectiveSoTheFactStandsAlone() {
        KeyFacts facts = extractor.extract(LabelledBook.seed().library());

        assertThat(facts.all())
                .extracting(KeyFact::text)
                .contains("The standard psycopg2 driver, while brilliant, is a synchronous beast.")
                .noneMatch(text -> text.startsWith("But "));
        assertThat(Connectives.drop("However, huge pages reduce TLB misses."))
                .isEqualTo("Huge pages reduce TLB misses.");
        assertThat(Connectives.drop("Butter is not a connective.")).isEqualTo("Butter is not a connective.");
    }

    @Test
    void joinsALeaningSentenceToTheFactBeforeItAndDropsItOtherwise() {
        KeyFacts facts = extractor.extract(LabelledBook.operatingSystems().library());

        assertThat(facts.all())
                .extracting(KeyFact::text)
                .contains("A directory is a special file that maps names"
                        + " to inode numbers. This is why one file can have several names: each hard link is just another"
                        + " directory entry pointing at the same inode.");
        assertThat(facts.all())
                .allSatisfy(fact -> assertThat(fact.text())
                        .doesNotStartWith("This ")
                        .doesNotStartWith("It ")
                        .doesNotStartWith("It’s ")
                        .doesNotStartWith("They "));
    }

    @Test
    void aSectionWithNothingToTeachContributesNoFact() {
        KeyFacts seed = extractor.extract(LabelledBook.seed().library());
        KeyFacts os = extractor.extract(LabelledBook.operatingSystems().library());

        assertThat(seed.of(SectionNumber.parse("20.2").orElseThrow())).isEmpty();
        assertThat(seed.of(SectionNumber.parse("62.3").orElseThrow())).isEmpty();
        assertThat(os.of(SectionNumber.parse("5.1").orElseThrow())).isEmpty();
    }

    @Test
    void factIdsAreHashesOfTheNormalisedTextAndSurviveReExtraction() {
        LabelledBook seed = LabelledBook.seed();
        KeyFacts first = extractor.extract(seed.library());
        KeyFacts second = extractor.extract(LabelledBook.seed().library());

        assertThat(second.all())
                .extracting(KeyFact::id)
                .containsExactlyElementsOf(first.all().stream().map(KeyFact::id).toList());
        assertThat(first.all()).allSatisfy(fact -> assertThat(fact.id()).isEqualTo(FactIds.of(fact.text())));
        assertThat(FactIds.of("It’s  a “test”.")).isEqualTo(FactIds.of("it's a \"test\"."));
    }

    @Test
    void everyFactHasKeyTermsThatAppearInIt() {
        for (LabelledBook book :
                List.of(LabelledBook.seed(), LabelledBook.operatingSystems(), LabelledBook.networking())) {
            for (KeyFact fact : extractor.extract(book.library()).all()) {
                assertThat(fact.terms())
                        .as(fact.text())
                        .isNotEmpty()
                        .allSatisfy(term -> assertThat(fact.text()).contains(term.text()));
            }
        }
    }

    @Test
    void factsStayWithinTheLengthLimit() {
        assertThat(extractor.extract(LabelledBook.seed().library()).all())
                .allSatisfy(fact -> assertThat(fact.text().length()).isLessThanOrEqualTo(KeyFactExtractor.MAX_LENGTH));
    }
}
