package studybot.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static studybot.plan.PlanBooks.minus;
import static studybot.plan.PlanBooks.numbersOf;
import static studybot.plan.PlanBooks.plus;
import static studybot.plan.PlanBooks.seedShape;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.dailytips.MutableClock;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.SourceLine;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;

/** The plan service over a real database file and a hand-moved clock: days in the server's zone, DST, reloads. */
class PlanServiceTest {

    private static final long SERVER = 41;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @TempDir
    Path folder;

    private final List<Store> opened = new ArrayList<>();
    private final AtomicReference<Library> book = new AtomicReference<>(seedShape());
    private final AtomicReference<ZoneId> zone = new AtomicReference<>(BERLIN);
    private MutableClock clock;

    @AfterEach
    void close() {
        opened.forEach(Store::close);
    }

    private PlanService service(Instant now) {
        clock = new MutableClock(now);
        return restart();
    }

    private PlanService restart() {
        Store store = TestStores.of(Dialect.SQLITE, folder).open(List.of(PlanStore.MIGRATIONS));
        opened.add(store);
        return new PlanService(
                new SqlPlanStore(store), server -> book.get(), server -> "", serverId -> zone.get(), clock);
    }

    private List<String> todayAt(PlanService plans, String instant) {
        clock.set(Instant.parse(instant));
        return numbersOf(plans.today(SERVER).orElseThrow().today());
    }

    @Test
    void daysTurnAtLocalMidnightAcrossBerlinsSpringForward() throws PlanException {
        PlanService plans = service(Instant.parse("2026-03-28T09:00:00Z"));
        plans.set(SERVER, "20.1", "1", "");
        assertThat(todayAt(plans, "2026-03-28T22:59:59Z")).containsExactly("20.1");
        assertThat(todayAt(plans, "2026-03-28T23:00:00Z")).containsExactly("20.2");
        assertThat(todayAt(plans, "2026-03-29T21:59:59Z")).containsExactly("20.2");
        assertThat(todayAt(plans, "2026-03-29T22:00:00Z")).containsExactly("20.3");
    }

    @Test
    void daysTurnAtLocalMidnightAcrossBerlinsFallBack() throws PlanException {
        PlanService plans = service(Instant.parse("2026-10-24T09:00:00Z"));
        plans.set(SERVER, "20", "2", "");
        assertThat(todayAt(plans, "2026-10-24T21:59:59Z")).containsExactly("20.1", "20.2");
        assertThat(todayAt(plans, "2026-10-24T22:00:00Z")).containsExactly("20.3", "20.4");
        assertThat(todayAt(plans, "2026-10-25T22:59:59Z")).containsExactly("20.3", "20.4");
        assertThat(todayAt(plans, "2026-10-25T23:00:00Z")).containsExactly("20.5", "20.6");
    }

    @Test
    void newYorkWeekdaysAcrossBothChanges() throws PlanException {
        zone.set(NEW_YORK);
        // Friday 6 March 2026; clocks go forward on Sunday 8 March
        PlanService plans = service(Instant.parse("2026-03-06T17:00:00Z"));
        plans.set(SERVER, "20.1", "1", "mon,fri");
        assertThat(todayAt(plans, "2026-03-06T17:00:00Z")).containsExactly("20.1");
        assertThat(todayAt(plans, "2026-03-09T03:59:59Z")).isEmpty();
        assertThat(todayAt(plans, "2026-03-09T04:00:00Z")).containsExactly("20.2");
        assertThat(plans.today(SERVER).orElseThrow().nextReading()).contains(LocalDate.of(2026, 3, 13));

        // Friday 30 October 2026; clocks go back on Sunday 1 November
        zone.set(NEW_YORK);
        PlanService autumn = service(Instant.parse("2026-10-30T16:00:00Z"));
        autumn.set(SERVER, "62.1", "1", "mon,fri");
        assertThat(todayAt(autumn, "2026-11-02T04:59:59Z")).isEmpty();
        assertThat(todayAt(autumn, "2026-11-02T05:00:00Z")).containsExactly("62.2");
    }

    @Test
    void theExpectedEndIsTheLocalStartOfThatDay() throws PlanException {
        zone.set(NEW_YORK);
        PlanService plans = service(Instant.parse("2026-10-28T16:00:00Z"));
        PlanDay day = plans.set(SERVER, "62.1", "1", "");
        assertThat(day.expectedEnd()).contains(LocalDate.of(2026, 11, 4));
        assertThat(day.epochSecondOf(day.expectedEnd().orElseThrow()))
                .isEqualTo(Instant.parse("2026-11-04T05:00:00Z").getEpochSecond());
        assertThat(day.epochSecondOf(LocalDate.of(2026, 10, 31)))
                .isEqualTo(Instant.parse("2026-10-31T04:00:00Z").getEpochSecond());
    }

    @Test
    void aPlanSurvivesARestart() throws PlanException {
        PlanService plans = service(Instant.parse("2026-12-01T09:00:00Z"));
        plans.set(SERVER, "20.1", "chapter", "");
        plans.skip(SERVER);
        PlanDay before = plans.today(SERVER).orElseThrow();
        PlanDay after = restart().today(SERVER).orElseThrow();
        assertThat(after).isEqualTo(before);
        assertThat(numbersOf(after.today())).startsWith("62.1");
    }

    @Test
    void pauseResumeSkipAndBackRefuseWhatMakesNoSense() throws PlanException {
        PlanService plans = service(Instant.parse("2026-12-01T09:00:00Z"));
        assertThatThrownBy(() -> plans.pause(SERVER))
                .isInstanceOf(PlanException.class)
                .hasMessageContaining("no reading plan");
        plans.set(SERVER, "20.1", "5", "");
        assertThatThrownBy(() -> plans.back(SERVER)).hasMessageContaining("first reading");
        assertThatThrownBy(() -> plans.resume(SERVER)).hasMessageContaining("not paused");
        plans.pause(SERVER);
        assertThatThrownBy(() -> plans.pause(SERVER)).hasMessageContaining("already paused");
        plans.resume(SERVER);
        plans.skip(SERVER);
        plans.skip(SERVER);
        assertThat(numbersOf(plans.today(SERVER).orElseThrow().today()))
                .containsExactly("62.4", "62.5", "62.6", "62.7", "62.8");
        plans.skip(SERVER);
        assertThat(plans.today(SERVER).orElseThrow().finished()).isTrue();
        assertThatThrownBy(() -> plans.skip(SERVER)).hasMessageContaining("end of the book");
        assertThat(numbersOf(plans.back(SERVER).today())).containsExactly("62.4", "62.5", "62.6", "62.7", "62.8");
    }

    @Test
    void pausingShiftsTheScheduleByThePausedDays() throws PlanException {
        PlanService plans = service(Instant.parse("2026-12-01T09:00:00Z"));
        LocalDate end = plans.set(SERVER, "20.1", "1", "").expectedEnd().orElseThrow();
        plans.pause(SERVER);
        clock.advance(Duration.ofDays(3));
        assertThat(plans.today(SERVER).orElseThrow().today()).isEmpty();
        assertThat(plans.today(SERVER).orElseThrow().expectedEnd()).isEmpty();
        PlanDay resumed = plans.resume(SERVER);
        assertThat(numbersOf(resumed.today())).containsExactly("20.2");
        // paused on 1 December after its reading, resumed on the 4th: the 2nd and 3rd were not counted
        assertThat(resumed.expectedEnd()).contains(end.plusDays(2));
    }

    @Test
    void pausingLeavesTheSectionsLeftAsTheyWere() throws PlanException {
        PlanService plans = service(Instant.parse("2026-12-07T09:00:00Z"));
        PlanDay set = plans.set(SERVER, "20.1", "2", "");

        PlanDay paused = plans.pause(SERVER);

        assertThat(paused.left()).hasSameSizeAs(set.left()).hasSize(15);
        assertThat(numbersOf(paused.today()))
                .as("today's reading still counts on the day of the pause")
                .containsExactly("20.1", "20.2");
        assertThat(paused.due()).isEmpty();
        assertThat(plans.resume(SERVER).left()).hasSize(15);
    }

    @Test
    void offEndsThePlanAndLeavingTheServerForgetsIt() throws PlanException {
        PlanService plans = service(Instant.parse("2026-12-01T09:00:00Z"));
        plans.set(SERVER, "20.1", "1", "");
        plans.off(SERVER);
        assertThat(plans.today(SERVER)).isEmpty();
        assertThat(plans.isOff(SERVER)).isTrue();
        assertThatThrownBy(() -> plans.resume(SERVER)).hasMessageContaining("no reading plan");
        plans.set(SERVER, "62.1", "1", "");
        assertThat(numbersOf(plans.today(SERVER).orElseThrow().today())).containsExactly("62.1");
        plans.removeServer(SERVER);
        assertThat(plans.today(SERVER)).isEmpty();
        assertThat(plans.isOff(SERVER)).isFalse();
    }

    @Test
    void aReloadedBookKeepsThePlanWhereTheGroupIs() throws PlanException {
        PlanService plans = service(Instant.parse("2026-12-01T09:00:00Z"));
        plans.set(SERVER, "20.1", "1", "");
        clock.advance(Duration.ofDays(3));
        assertThat(numbersOf(plans.today(SERVER).orElseThrow().today())).containsExactly("20.4");

        book.set(minus(plus(book.get(), "20.8"), "20.1", "20.2", "20.5"));
        PlanDay reloaded = plans.today(SERVER).orElseThrow();
        assertThat(numbersOf(reloaded.today())).containsExactly("20.4");
        assertThat(numbersOf(reloaded.due())).containsExactly("20.3");
        assertThat(numbersOf(reloaded.upcoming())).startsWith("20.6", "20.7", "20.8", "62.1");

        book.set(minus(book.get(), "20.4"));
        assertThat(numbersOf(plans.today(SERVER).orElseThrow().today())).containsExactly("20.6");
        clock.advance(Duration.ofDays(1));
        assertThat(numbersOf(plans.today(SERVER).orElseThrow().today())).containsExactly("20.7");
    }

    @Test
    void aPlanStaysOnItsSectionWhenTheBookWasRenumberedWhileTheBotWasStopped() throws PlanException {
        book.set(titled("Install", "Configure", "Connect", "Replicate", "Fail over", "Back up"));
        PlanService plans = service(Instant.parse("2026-12-01T09:00:00Z"));
        plans.set(SERVER, "20.1", "1", "");
        clock.advance(Duration.ofDays(3));
        assertThat(plans.today(SERVER).orElseThrow().today())
                .extracting(Section::title)
                .containsExactly("Replicate");

        book.set(titled("Upgrade", "Install", "Configure", "Connect", "Replicate", "Fail over", "Back up"));
        PlanDay afterRestart = restart().today(SERVER).orElseThrow();

        assertThat(afterRestart.today()).extracting(Section::title).containsExactly("Replicate");
        assertThat(numbersOf(afterRestart.today())).containsExactly("20.5");
    }

    /** Chapter 20 with these section titles in order, each opening with words of its own. */
    private static Library titled(String... titles) {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            sections.add(new Section(
                    new SectionNumber(20, i + 1),
                    titles[i],
                    List.of("How to " + titles[i].toLowerCase(Locale.ROOT) + ", in words of its own."),
                    SourceLine.page("test")));
        }
        return new Library(sections, Instant.parse("2026-12-01T08:00:00Z"));
    }

    @Test
    void aReloadWhileNobodyAskedIsStillResolvedAgainstTheEditionBefore() throws PlanException {
        PlanService plans = service(Instant.parse("2026-12-01T09:00:00Z"));
        plans.set(SERVER, "20.1", "1", "");
        clock.advance(Duration.ofDays(4));
        book.set(minus(book.get(), "20.1", "20.2"));
        assertThat(numbersOf(plans.today(SERVER).orElseThrow().today())).containsExactly("20.5");
    }

    @Test
    void badInputLeavesTheStoredPlanAlone() throws PlanException {
        PlanService plans = service(Instant.parse("2026-12-01T09:00:00Z"));
        plans.set(SERVER, "20.1", "1", "");
        assertThatThrownBy(() -> plans.set(SERVER, "20.9", "1", "")).isInstanceOf(PlanException.class);
        assertThatThrownBy(() -> plans.set(SERVER, "20.1", "0", "")).isInstanceOf(PlanException.class);
        assertThatThrownBy(() -> plans.set(SERVER, "20.1", "51", "")).isInstanceOf(PlanException.class);
        assertThatThrownBy(() -> plans.set(SERVER, "20.1", "1", "never")).isInstanceOf(PlanException.class);
        assertThat(numbersOf(plans.today(SERVER).orElseThrow().today())).containsExactly("20.1");
    }
}
