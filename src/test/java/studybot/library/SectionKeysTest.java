package studybot.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SectionKeysTest {

    private static final Instant LOADED = Instant.parse("2026-12-06T08:00:00Z");

    private static final Section REPLICATION =
            section("20.4", "Replication", "A replica copies every write of the primary through its log.");
    private static final Section FAILOVER =
            section("20.5", "Failover", "When the primary fails, a replica is promoted in its place.");
    private static final Section LAG =
            section("20.5.1", "Lag", "Replicas trail the primary by the time a write takes to travel.");

    @Test
    void aKeyIsTwoHashesWrittenAsTwentyFiveCharactersAndReadBack() {
        Library book = book(REPLICATION, FAILOVER, LAG);
        SectionKey key = book.keys().keyOf(SectionNumber.of(20, 4)).orElseThrow();

        assertThat(key.toString()).matches("[0-9a-f]{12}\\.[0-9a-f]{12}");
        assertThat(SectionKey.parse(key.toString())).contains(key);
        assertThat(SectionKey.parse("")).isEmpty();
        assertThat(SectionKey.parse("20.4")).isEmpty();
        assertThat(SectionKey.parse("ZZZZZZZZZZZZ.000000000000")).isEmpty();
    }

    @Test
    void aKeyFollowsItsSectionWhenAnInsertedSectionRenumbersTheRest() {
        Library before = book(REPLICATION, FAILOVER, LAG);
        SectionKey failover = before.keys().keyOf(SectionNumber.of(20, 5)).orElseThrow();
        SectionKey lag = before.keys().keyOf(SectionNumber.of(20, 5, 1)).orElseThrow();

        Library after = book(
                REPLICATION,
                section("20.5", "Read replicas", "A read replica answers queries so the primary need not."),
                renumbered(FAILOVER, "20.6"),
                renumbered(LAG, "20.6.1"));

        assertThat(after.keys().locate(failover)).contains(SectionNumber.of(20, 6));
        assertThat(after.keys().locate(lag)).contains(SectionNumber.of(20, 6, 1));
        assertThat(after.keys().keyOf(SectionNumber.of(20, 5)))
                .isNotEqualTo(before.keys().keyOf(SectionNumber.of(20, 5)));
    }

    @Test
    void aSectionEditedInItsTitleOrItsOpeningIsStillFoundButNotOneEditedInBoth() {
        Library before = book(REPLICATION, FAILOVER);
        SectionKey replication = before.keys().keyOf(SectionNumber.of(20, 4)).orElseThrow();
        SectionKey failover = before.keys().keyOf(SectionNumber.of(20, 5)).orElseThrow();

        Library retitled = book(
                section("20.4", "Replicas", REPLICATION.body()),
                section("20.5", "Failover", "If the primary is lost, a replica takes over."));
        Library rewritten = book(section("20.4", "Copies", "Every write is copied."), FAILOVER);

        assertThat(retitled.keys().locate(replication))
                .as("found by its opening")
                .contains(SectionNumber.of(20, 4));
        assertThat(retitled.keys().locate(failover)).as("found by its title").contains(SectionNumber.of(20, 5));
        assertThat(rewritten.keys().locate(replication)).isEmpty();
    }

    @Test
    void sectionsThatLookAlikeAreNeverGuessedBetween() {
        Library book = new Library(
                List.of(
                        section("1.1", "Examples", "Run it."),
                        section("2.1", "Examples", "Run it."),
                        section("2.2", "Setup", "Install it first.")),
                Map.of(),
                LOADED);
        SectionKey examples = book.keys().keyOf(SectionNumber.of(1, 1)).orElseThrow();

        assertThat(book.keys().locate(examples)).isEmpty();
        assertThat(book.keys().locate(book.keys().keyOf(SectionNumber.of(2, 2)).orElseThrow()))
                .contains(SectionNumber.of(2, 2));
    }

    @Test
    void theChapterTitleIsPartOfThePathSoMovingASectionToAnotherChapterKeepsItsOpening() {
        Library inTwenty = new Library(List.of(REPLICATION), Map.of(20, "Operations"), LOADED);
        Library inTwentyOne =
                new Library(List.of(renumbered(REPLICATION, "21.1")), Map.of(21, "High availability"), LOADED);

        SectionKey key = inTwenty.keys().keyOf(SectionNumber.of(20, 4)).orElseThrow();

        assertThat(inTwentyOne
                        .keys()
                        .keyOf(SectionNumber.of(21, 1))
                        .orElseThrow()
                        .title())
                .isNotEqualTo(key.title());
        assertThat(inTwentyOne.keys().locate(key)).contains(SectionNumber.of(21, 1));
    }

    private static Library book(Section... sections) {
        return new Library(List.of(sections), LOADED);
    }

    private static Section section(String number, String title, String text) {
        return new Section(SectionNumber.parse(number).orElseThrow(), title, List.of(text), SourceLine.page("test"));
    }

    private static Section renumbered(Section section, String number) {
        return new Section(
                SectionNumber.parse(number).orElseThrow(), section.title(), section.paragraphs(), section.origin());
    }
}
