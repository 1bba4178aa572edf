package studybot.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static studybot.plan.PlanBooks.minus;
import static studybot.plan.PlanBooks.numbersOf;
import static studybot.plan.PlanBooks.seedShape;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.command.Place;
import studybot.dailytips.MutableClock;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.SourceLine;
import studybot.library.TestBooks;
import studybot.plan.PlanException;
import studybot.plan.PlanService;
import studybot.plan.PlanStore;
import studybot.plan.SqlPlanStore;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;

/** Read marks and progress over a real database file, against a plan on a hand-moved clock. */
class ProgressServiceTest {

    private static final long SERVER = 7;
    private static final Place HERE = Place.server(SERVER);
    private static final long ANA = 101;
    private static final long BEN = 102;
    private static final long CAL = 103;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path folder;

    private final AtomicReference<Library> book = new AtomicReference<>(seedShape());
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private Store store;
    private PlanService plans;
    private ProgressService progress;
    private final AtomicInteger optInReads = new AtomicInteger();

    @BeforeEach
    void open() {
        store = TestStores.of(Dialect.SQLITE, folder).open(List.of(PlanStore.MIGRATIONS, ReadMarkStore.MIGRATIONS));
        plans = new PlanService(new SqlPlanStore(store), server -> book.get(), server -> "", server -> BERLIN, clock);
        progress = new ProgressService(
                new SqlReadMarkStore(store),
                plans,
                place -> book.get(),
                place -> "",
                server -> BERLIN,
                server -> {
                    optInReads.incrementAndGet();
                    return Set.of(ANA);
                },
                clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void historyCountsSectionsFinishedByEachWeeksEndAgainstThePlan() throws PlanException, ProgressException {
        plans.set(SERVER, "20.1", "1", "");
        progress.read(HERE, ANA, "20.1");
        clock.advance(Duration.ofDays(7));
        progress.read(HERE, ANA, "20.2");
        progress.read(HERE, ANA, "20.3");
        progress.read(HERE, BEN, "20.1");
        clock.advance(Duration.ofDays(7));

        GroupHistory history = progress.history(HERE, 3);

        assertThat(history.weekEnds())
                .extracting(Object::toString)
                .containsExactly("2026-12-01", "2026-12-08", "2026-12-15");
        assertThat(history.planLine()).get().asList().containsExactly(1, 8, 15);
        assertThat(history.members())
                .extracting(GroupHistory.MemberHistory::memberId, GroupHistory.MemberHistory::sharing)
                .containsExactly(tuple(ANA, true), tuple(BEN, false));
        assertThat(history.members().get(0).finished()).containsExactly(1, 3, 3);
        assertThat(history.members().get(1).finished()).containsExactly(0, 1, 1);
    }

    @Test
    void historyWithoutAPlanHasNoPlanLine() throws ProgressException {
        progress.read(HERE, CAL, "20");

        GroupHistory history = progress.history(HERE, 2);

        assertThat(history.planLine()).isEmpty();
        assertThat(history.members()).singleElement().satisfies(cal -> {
            assertThat(cal.sharing()).isFalse();
            assertThat(cal.finished()).containsExactly(0, 7);
        });
    }

    @Test
    void markingTwiceCountsOnceAndUnreadUndoes() throws ProgressException {
        assertThat(progress.read(HERE, ANA, "20.4").changed()).isEqualTo(1);
        assertThat(progress.read(HERE, ANA, "§20,4").changed()).isZero();
        assertThat(progress.read(HERE, ANA, new SectionNumber(20, 4)).changed()).isZero();
        assertThat(numbersOf(progress.progress(HERE, ANA).read())).containsExactly("20.4");
        assertThat(progress.unread(HERE, ANA, "20.4").changed()).isEqualTo(1);
        assertThat(progress.unread(HERE, ANA, "20.4").changed()).isZero();
        assertThat(progress.progress(HERE, ANA).read()).isEmpty();
    }

    @Test
    void aMarkMovesWithItsSectionWhenAReloadInsertsASectionBeforeIt() throws ProgressException {
        book.set(titled("Installing", "Configuring", "Replication", "Failover"));
        progress.read(HERE, ANA, "20.4");
        assertThat(numbersOf(progress.progress(HERE, ANA).read())).containsExactly("20.4");

        book.set(titled("Installing", "Upgrading", "Configuring", "Replication", "Failover"));

        assertThat(numbersOf(progress.progress(HERE, ANA).read()))
                .as("Failover is 20.5 now")
                .containsExactly("20.5");
        assertThat(progress.read(HERE, ANA, "20.4").changed())
                .as("20.4 is Replication now, which Ana never marked")
                .isEqualTo(1);
        assertThat(progress.marked(HERE, ANA))
                .containsExactlyInAnyOrder(new SectionNumber(20, 4), new SectionNumber(20, 5));
        assertThat(progress.group(HERE).chapters().get(0).finished()).isZero();
    }

    @Test
    void aMarkWhoseSectionLeftTheBookIsHiddenAndComesBackWithIt() throws ProgressException {
        Library before = titled("Installing", "Configuring", "Replication");
        book.set(before);
        progress.read(HERE, ANA, "20.3");

        book.set(titled("Installing", "Configuring"));
        assertThat(progress.progress(HERE, ANA).read()).isEmpty();
        assertThat(progress.read(HERE, ANA, "20.2").changed()).isEqualTo(1);

        book.set(before);
        assertThat(progress.marked(HERE, ANA))
                .containsExactlyInAnyOrder(new SectionNumber(20, 2), new SectionNumber(20, 3));
    }

    @Test
    void aMarkMovingOntoTheNumberOfARemovedMarkedSectionKeepsBothMarks() throws ProgressException {
        Library first = titled("Intro", "Match Statements", "Defining Functions");
        book.set(first);
        progress.read(HERE, ANA, "20.2");
        progress.read(HERE, ANA, "20.3");

        book.set(titled("Intro", "Defining Functions"));
        assertThat(progress.marked(HERE, ANA))
                .as("Defining Functions is 20.2 now; the match mark is hidden")
                .containsExactly(new SectionNumber(20, 2));
        assertThat(progress.read(HERE, ANA, "20.2").changed()).isZero();
        assertThat(progress.progress(HERE, ANA).read()).hasSize(1);

        book.set(first);
        assertThat(progress.marked(HERE, ANA))
                .as("both marks are back on their sections")
                .containsExactlyInAnyOrder(new SectionNumber(20, 2), new SectionNumber(20, 3));
        assertThat(new SqlReadMarkStore(store).marks(HERE, "", ANA)).hasSize(2);
    }

    @Test
    void unmarkingASectionLeavesTheHiddenMarkStoredUnderItsNumber() throws ProgressException {
        Library first = titled("Intro", "Match Statements", "Defining Functions");
        book.set(first);
        progress.read(HERE, ANA, "20.2");
        progress.read(HERE, ANA, "20.3");
        book.set(titled("Intro", "Defining Functions"));

        assertThat(progress.unread(HERE, ANA, "20.2").changed()).isEqualTo(1);

        book.set(first);
        assertThat(progress.marked(HERE, ANA)).containsExactly(new SectionNumber(20, 2));
    }

    @Test
    void historyCountsAMarkOnceWhereItsSectionIsNow() throws ProgressException {
        book.set(titled("Intro", "Match Statements", "Defining Functions"));
        progress.read(HERE, ANA, "20.2");
        progress.read(HERE, ANA, "20.3");
        book.set(titled("Intro", "Defining Functions"));
        progress.marked(HERE, ANA);

        assertThat(progress.history(HERE, 1).members().get(0).finished()).containsExactly(1);
    }

    @Test
    void marksStoredBeforeKeysTakeTheKeyOfTheSectionWithTheirNumberAndThenMoveWithIt() throws ProgressException {
        book.set(titled("Installing", "Configuring", "Replication"));
        new SqlReadMarkStore(store)
                .mark(HERE, "", ANA, List.of(new ReadMark(new SectionNumber(20, 3), clock.instant())));
        assertThat(progress.marked(HERE, ANA)).containsExactly(new SectionNumber(20, 3));

        book.set(titled("Upgrading", "Installing", "Configuring", "Replication"));

        assertThat(progress.marked(HERE, ANA)).containsExactly(new SectionNumber(20, 4));
        assertThat(new SqlReadMarkStore(store).marks(HERE, "", ANA))
                .singleElement()
                .satisfies(mark -> assertThat(mark.key()).isPresent());
    }

    /** Chapter 20 with these section titles in order, each opening with words of its own. */
    private static Library titled(String... titles) {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            sections.add(new Section(
                    new SectionNumber(20, i + 1),
                    titles[i],
                    List.of(titles[i] + " is explained here in words that belong to this section alone."),
                    SourceLine.page("test")));
        }
        return new Library(sections, Instant.parse("2026-12-01T08:00:00Z"));
    }

    @Test
    void aWholeChapterAtOnce() throws ProgressException {
        progress.read(HERE, ANA, "20.2");
        MarkResult chapter = progress.read(HERE, ANA, "20");
        assertThat(chapter.sections()).hasSize(7);
        assertThat(chapter.changed()).isEqualTo(6);
        assertThat(progress.unread(HERE, ANA, "20").changed()).isEqualTo(7);
    }

    @Test
    void unknownSectionsAndStaleButtonsAreRefusedClearly() {
        assertThatThrownBy(() -> progress.read(HERE, ANA, "20.9"))
                .isInstanceOf(ProgressException.class)
                .hasMessageContaining("no section 20.9")
                .hasMessageContaining("Chapter 20 has 7 sections, 20.1–20.7.");
        assertThatThrownBy(() -> progress.read(HERE, ANA, "99")).hasMessageContaining("no chapter 99");
        assertThatThrownBy(() -> progress.read(HERE, ANA, "99.9"))
                .as("as /plan set start:99.9 does")
                .hasMessageContaining("no section 99.9")
                .hasMessageContaining("The book has no chapter 99. The book has chapters 20 (20.1–20.7) and 62");
        assertThatThrownBy(() -> progress.read(HERE, ANA, "redis")).hasMessageContaining("such as 20.4");
        assertThatThrownBy(() -> progress.read(HERE, ANA, "<@123>")).hasMessageContaining("Mentions");
        book.set(minus(book.get(), "20.3"));
        assertThatThrownBy(() -> progress.read(HERE, ANA, new SectionNumber(20, 3)))
                .isInstanceOf(ProgressException.class)
                .hasMessageContaining("no longer in the book");
        assertThat(progress.progress(HERE, ANA).read()).isEmpty();
    }

    /**
     * German audit 7: a missing number in a long chapter is named as /section names it, not by its first ten sections.
     */
    @Test
    void aMissingSectionOfALongChapterIsNamedAsSectionNamesIt() {
        List<List<String>> sections = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            sections.add(List.of("Part " + i, "Text of part " + i + "."));
        }
        book.set(TestBooks.of(sections));

        assertThatThrownBy(() -> progress.read(HERE, ANA, "1.99"))
                .isInstanceOfSatisfying(
                        ProgressException.class,
                        refusal -> assertThat(refusal.message(Locale.GERMAN))
                                .isEqualTo(
                                        "Im Buch gibt es keinen Abschnitt 1.99. Kapitel 1 hat 12 Abschnitte, 1.1–1.12."));
        assertThatThrownBy(() -> progress.unread(HERE, ANA, "1.99"))
                .isInstanceOfSatisfying(
                        ProgressException.class,
                        refusal -> assertThat(refusal.message(Locale.ENGLISH))
                                .isEqualTo(
                                        "There is no section 1.99 in the book. Chapter 1 has 12 sections, 1.1–1.12."));
    }

    @Test
    void aGermanMemberReadsTheHintAndTheExplanationInGerman() {
        assertThatThrownBy(() -> progress.read(HERE, ANA, "99.9"))
                .isInstanceOfSatisfying(
                        ProgressException.class,
                        refusal -> assertThat(refusal.message(Locale.GERMAN))
                                .startsWith("Im Buch gibt es keinen Abschnitt 99.9. Das Buch hat kein Kapitel 99."));
        assertThatThrownBy(() -> progress.read(HERE, ANA, "<@123>"))
                .isInstanceOfSatisfying(
                        ProgressException.class,
                        refusal -> assertThat(refusal.message(Locale.GERMAN))
                                .startsWith("Nach Erwähnungen kann nicht gesucht werden. Gib eine Abschnittsnummer"));
        book.set(minus(book.get(), "20.3"));
        assertThatThrownBy(() -> progress.read(HERE, ANA, new SectionNumber(20, 3)))
                .isInstanceOfSatisfying(
                        ProgressException.class,
                        refusal -> assertThat(refusal.message(Locale.GERMAN))
                                .isEqualTo(
                                        "Abschnitt 20.3 ist nicht mehr im Buch und kann daher nicht als gelesen markiert"
                                                + " werden. Kapitel 20 hat 6 Abschnitte, 20.1–20.7."));
    }

    @Test
    void behindAheadAndOnTrackAgainstThePlan() throws PlanException, ProgressException {
        plans.set(SERVER, "20.1", "1", "");
        clock.advance(Duration.ofDays(4));
        progress.read(HERE, ANA, "20.1");
        MemberProgress ana = progress.progress(HERE, ANA);
        assertThat(ana.standing()).isEqualTo(Standing.BEHIND);
        assertThat(numbersOf(ana.behind())).containsExactly("20.2", "20.3", "20.4");
        assertThat(numbersOf(ana.plan().orElseThrow().today())).containsExactly("20.5");

        progress.read(HERE, BEN, "20");
        assertThat(progress.progress(HERE, BEN).standing()).isEqualTo(Standing.AHEAD);
        assertThat(numbersOf(progress.progress(HERE, BEN).ahead())).containsExactly("20.6", "20.7");

        for (String section : List.of("20.1", "20.2", "20.3", "20.4")) {
            progress.read(HERE, CAL, section);
        }
        assertThat(progress.progress(HERE, CAL).standing()).isEqualTo(Standing.ON_TRACK);
        assertThat(progress.progress(HERE, CAL).behind()).isEmpty();
    }

    @Test
    void withoutAPlanThereIsNoStanding() throws ProgressException {
        progress.read(HERE, ANA, "20.1");
        assertThat(progress.progress(HERE, ANA).standing()).isEqualTo(Standing.NO_PLAN);
        progress.read(Place.personal(ANA), ANA, "62.1");
        MemberProgress direct = progress.progress(Place.personal(ANA), ANA);
        assertThat(numbersOf(direct.read())).containsExactly("62.1");
        assertThat(direct.plan()).isEmpty();
        assertThat(numbersOf(progress.progress(HERE, ANA).read())).containsExactly("20.1");
    }

    @Test
    void theStreakCountsLocalDays() throws ProgressException {
        // 23:30 in Berlin on 1 December, then 00:30 on the 2nd: two days, though only an hour apart
        clock.set(Instant.parse("2026-12-01T22:30:00Z"));
        progress.read(HERE, ANA, "20.1");
        clock.set(Instant.parse("2026-12-01T23:30:00Z"));
        progress.read(HERE, ANA, "20.2");
        assertThat(progress.progress(HERE, ANA).streak()).isEqualTo(2);
        clock.set(Instant.parse("2026-12-03T20:00:00Z"));
        assertThat(progress.progress(HERE, ANA).streak())
                .as("alive until the day ends")
                .isEqualTo(2);
        clock.set(Instant.parse("2026-12-03T23:00:00Z"));
        assertThat(progress.progress(HERE, ANA).streak()).isZero();
    }

    @Test
    void theGroupIsCountedAndOnlyOptedInMembersAreNamed() throws PlanException, ProgressException {
        plans.set(SERVER, "20.1", "2", "");
        clock.advance(Duration.ofDays(1));
        progress.read(HERE, ANA, "20.1");
        progress.read(HERE, BEN, "20");
        progress.read(HERE, CAL, "20.1");
        progress.read(HERE, CAL, "20.2");
        progress.read(Place.server(99), ANA, "20");

        GroupProgress group = progress.group(HERE);
        assertThat(group.members()).isEqualTo(3);
        assertThat(group.behind()).isEqualTo(1);
        assertThat(group.ahead()).isEqualTo(1);
        assertThat(group.onTrack()).isEqualTo(1);
        assertThat(group.chapters()).containsExactly(new ChapterFinishers(20, 7, 1), new ChapterFinishers(62, 8, 0));
        assertThat(group.named()).containsExactly(new NamedStanding(ANA, Standing.BEHIND, 1));
        assertThat(optInReads).as("one read of the opt-ins for 3 members").hasValue(1);
    }

    @Test
    void finishedCountsWhoReadAWholeReading() throws PlanException, ProgressException {
        plans.set(SERVER, "20.1", "2", "");
        clock.advance(Duration.ofDays(1));
        progress.read(HERE, ANA, "20.1");
        progress.read(HERE, BEN, "20.1");
        progress.read(HERE, BEN, "20.2");
        var yesterday = plans.today(SERVER).orElseThrow().previous();
        assertThat(numbersOf(yesterday)).containsExactly("20.1", "20.2");
        assertThat(progress.finished(SERVER, yesterday)).isEqualTo(1);
        assertThat(progress.finished(SERVER, List.of())).isZero();
    }

    @Test
    void forgetDeletesOnlyThatMembersMarksAndLeavingForgetsTheServer() throws ProgressException {
        progress.read(HERE, ANA, "20");
        progress.read(HERE, BEN, "20.1");
        progress.read(Place.personal(ANA), ANA, "20.1");
        assertThat(progress.forget(HERE, ANA)).isEqualTo(7);
        assertThat(progress.progress(HERE, ANA).read()).isEmpty();
        assertThat(progress.progress(Place.personal(ANA), ANA).read()).hasSize(1);
        assertThat(progress.progress(HERE, BEN).read()).hasSize(1);
        progress.removeServer(SERVER);
        assertThat(progress.progress(HERE, BEN).read()).isEmpty();
        assertThat(progress.group(HERE).members()).isZero();
    }

    @Test
    void marksOnRemovedSectionsAreIgnoredUntilTheSectionReturns() throws ProgressException {
        progress.read(HERE, ANA, "20.3");
        Library before = book.get();
        book.set(minus(before, "20.3"));
        assertThat(progress.progress(HERE, ANA).read()).isEmpty();
        book.set(before);
        assertThat(numbersOf(progress.progress(HERE, ANA).read())).containsExactly("20.3");
        assertThat(progress.progress(HERE, ANA).streak()).isEqualTo(1);
    }
}
