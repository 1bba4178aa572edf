package studybot.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static studybot.plan.PlanBooks.book;
import static studybot.plan.PlanBooks.minus;
import static studybot.plan.PlanBooks.numbersOf;
import static studybot.plan.PlanBooks.plus;
import static studybot.plan.PlanBooks.seedShape;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import studybot.library.Library;
import studybot.library.SectionNumber;

/** Plan arithmetic on fixed dates: paces, weekdays, pause and resume, skip and back, and edited books. */
class PlanDayTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final SectionNumber S20_1 = new SectionNumber(20, 1);

    private static PlanDay on(ReadingPlan plan, Library book, LocalDate date) {
        return PlanDay.of(plan, book, date, BERLIN);
    }

    private static ReadingPlan perDay(int sections) {
        return ReadingPlan.starting(S20_1, new Pace.SectionsPerDay(sections), MONDAY);
    }

    @Test
    void oneSectionADayFollowsBookOrderWith20_10After20_9() {
        Library book = book("20.1", "20.2", "20.3", "20.4", "20.5", "20.6", "20.7", "20.8", "20.9", "20.10", "21.1");
        ReadingPlan plan = perDay(1);
        assertThat(numbersOf(on(plan, book, MONDAY).today())).containsExactly("20.1");
        assertThat(numbersOf(on(plan, book, MONDAY.plusDays(8)).today())).containsExactly("20.9");
        assertThat(numbersOf(on(plan, book, MONDAY.plusDays(9)).today())).containsExactly("20.10");
        assertThat(numbersOf(on(plan, book, MONDAY.plusDays(10)).today())).containsExactly("21.1");
    }

    @Test
    void todaysReadingSectionsLeftAndExpectedEnd() {
        PlanDay first = on(perDay(2), seedShape(), MONDAY);
        assertThat(numbersOf(first.today())).containsExactly("20.1", "20.2");
        assertThat(first.due()).isEmpty();
        assertThat(first.left()).hasSize(15);
        assertThat(first.expectedEnd()).contains(MONDAY.plusDays(7));
        assertThat(first.nextReading()).contains(MONDAY.plusDays(1));

        PlanDay fourth = on(perDay(2), seedShape(), MONDAY.plusDays(3));
        assertThat(numbersOf(fourth.today())).containsExactly("20.7", "62.1");
        assertThat(numbersOf(fourth.due())).containsExactly("20.1", "20.2", "20.3", "20.4", "20.5", "20.6");
        assertThat(numbersOf(fourth.previous())).containsExactly("20.5", "20.6");
        assertThat(fourth.left()).hasSize(9);
        assertThat(fourth.expectedEnd()).contains(MONDAY.plusDays(7));

        PlanDay last = on(perDay(2), seedShape(), MONDAY.plusDays(7));
        assertThat(numbersOf(last.today())).containsExactly("62.8");
        assertThat(last.expectedEnd()).contains(MONDAY.plusDays(7));
        assertThat(last.nextReading()).isEmpty();

        PlanDay after = on(perDay(2), seedShape(), MONDAY.plusDays(8));
        assertThat(after.finished()).isTrue();
        assertThat(after.today()).isEmpty();
        assertThat(after.due()).hasSize(15);
        assertThat(after.expectedEnd()).isEmpty();
    }

    @Test
    void aStartInsideTheBookLeavesEarlierSectionsOut() {
        ReadingPlan plan = ReadingPlan.starting(new SectionNumber(62, 6), new Pace.SectionsPerDay(1), MONDAY);
        PlanDay day = on(plan, seedShape(), MONDAY.plusDays(1));
        assertThat(numbersOf(day.today())).containsExactly("62.7");
        assertThat(numbersOf(day.due())).containsExactly("62.6");
        assertThat(day.expectedEnd()).contains(MONDAY.plusDays(2));
    }

    @Test
    void sectionsOnChosenWeekdays() {
        Pace mondayWednesdayFriday =
                new Pace.SectionsOnDays(1, ReadingWeek.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
        ReadingPlan plan = ReadingPlan.starting(S20_1, mondayWednesdayFriday, MONDAY);
        Library book = seedShape();
        assertThat(numbersOf(on(plan, book, MONDAY).today())).containsExactly("20.1");

        PlanDay tuesday = on(plan, book, MONDAY.plusDays(1));
        assertThat(tuesday.today()).isEmpty();
        assertThat(numbersOf(tuesday.due())).containsExactly("20.1");
        assertThat(numbersOf(tuesday.previous())).containsExactly("20.1");
        assertThat(tuesday.nextReading()).contains(MONDAY.plusDays(2));
        assertThat(tuesday.left()).hasSize(14);

        assertThat(numbersOf(on(plan, book, MONDAY.plusDays(2)).today())).containsExactly("20.2");
        assertThat(numbersOf(on(plan, book, MONDAY.plusDays(4)).today())).containsExactly("20.3");
        assertThat(numbersOf(on(plan, book, MONDAY.plusDays(7)).today())).containsExactly("20.4");
        // 15 readings at three a week: the 15th is the Friday of the fifth week
        assertThat(on(plan, book, MONDAY).expectedEnd())
                .contains(MONDAY.plusWeeks(4).plusDays(4));
    }

    @Test
    void aPlanSetOnADayWithoutReadingStartsOnTheNextReadingDay() {
        LocalDate tuesday = MONDAY.plusDays(1);
        ReadingPlan plan = ReadingPlan.starting(
                S20_1, new Pace.SectionsOnDays(3, ReadingWeek.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)), tuesday);
        PlanDay day = on(plan, seedShape(), tuesday);
        assertThat(day.today()).isEmpty();
        assertThat(day.due()).isEmpty();
        assertThat(day.previous()).isEmpty();
        assertThat(day.left()).hasSize(15);
        assertThat(day.nextReading()).contains(MONDAY.plusDays(3));
        assertThat(numbersOf(on(plan, seedShape(), MONDAY.plusDays(3)).today()))
                .containsExactly("20.1", "20.2", "20.3");
    }

    @Test
    void aChapterAWeekStartingMidChapter() {
        ReadingPlan plan =
                ReadingPlan.starting(new SectionNumber(20, 3), new Pace.ChapterPerWeek(DayOfWeek.MONDAY), MONDAY);
        Library book = plus(seedShape(), "70.1", "70.2");
        PlanDay first = on(plan, book, MONDAY);
        assertThat(numbersOf(first.today())).containsExactly("20.3", "20.4", "20.5", "20.6", "20.7");
        assertThat(first.expectedEnd()).contains(MONDAY.plusWeeks(2));

        PlanDay midweek = on(plan, book, MONDAY.plusDays(3));
        assertThat(midweek.today()).isEmpty();
        assertThat(midweek.due()).hasSize(5);
        assertThat(midweek.nextReading()).contains(MONDAY.plusWeeks(1));

        assertThat(numbersOf(on(plan, book, MONDAY.plusWeeks(1)).today()))
                .hasSize(8)
                .startsWith("62.1");
        assertThat(numbersOf(on(plan, book, MONDAY.plusWeeks(2)).today())).containsExactly("70.1", "70.2");
        assertThat(on(plan, book, MONDAY.plusWeeks(2).plusDays(1)).finished()).isTrue();
    }

    @Test
    void pauseShiftsTheRestOfTheSchedule() {
        Library book = seedShape();
        ReadingPlan plan = perDay(1);
        LocalDate wednesday = MONDAY.plusDays(2);
        ReadingPlan paused = plan.paused(wednesday);
        assertThat(paused.state()).isEqualTo(PlanState.PAUSED);

        PlanDay thursday = on(paused, book, MONDAY.plusDays(3));
        assertThat(thursday.today()).isEmpty();
        assertThat(numbersOf(thursday.due())).containsExactly("20.1", "20.2", "20.3");
        assertThat(thursday.nextReading()).isEmpty();
        assertThat(thursday.expectedEnd()).isEmpty();

        LocalDate saturday = MONDAY.plusDays(5);
        ReadingPlan resumed = paused.resumed(saturday);
        assertThat(numbersOf(on(resumed, book, saturday).today())).containsExactly("20.4");
        assertThat(on(resumed, book, saturday).expectedEnd())
                .isEqualTo(on(plan, book, MONDAY).expectedEnd().map(end -> end.plusDays(2)));
    }

    @Test
    void pausedAndResumedTheSameDayChangesNothing() {
        Library book = seedShape();
        ReadingPlan plan = perDay(1);
        LocalDate tuesday = MONDAY.plusDays(1);
        ReadingPlan again = plan.paused(tuesday).resumed(tuesday);
        for (int day = 1; day < 20; day++) {
            assertThat(on(again, book, MONDAY.plusDays(day)))
                    .as("day %d", day)
                    .usingRecursiveComparison()
                    .ignoringFields("plan")
                    .isEqualTo(on(plan, book, MONDAY.plusDays(day)));
        }
        ReadingPlan onFriday =
                ReadingPlan.starting(S20_1, new Pace.SectionsOnDays(1, ReadingWeek.of(DayOfWeek.FRIDAY)), MONDAY);
        ReadingPlan fridayAgain = onFriday.paused(MONDAY.plusDays(4)).resumed(MONDAY.plusDays(4));
        assertThat(numbersOf(on(fridayAgain, book, MONDAY.plusDays(4)).today())).containsExactly("20.1");
    }

    @Test
    void onTheDayOfThePauseItsReadingIsStillTodaysAndNothingElseChanges() {
        Library book = seedShape();
        LocalDate wednesday = MONDAY.plusDays(2);
        PlanDay active = on(perDay(2), book, wednesday);

        PlanDay paused = on(perDay(2).paused(wednesday), book, wednesday);

        assertThat(paused)
                .usingRecursiveComparison()
                .ignoringFields("plan", "nextReading", "expectedEnd")
                .isEqualTo(active);
        assertThat(paused.nextReading()).isEmpty();
        assertThat(on(perDay(2).paused(wednesday), book, wednesday.plusDays(1)).today())
                .as("the next day, while paused, has no reading")
                .isEmpty();
    }

    @Test
    void pausedOnADayWithoutReadingResumesWithTheNextOne() {
        Pace fridays = new Pace.SectionsOnDays(2, ReadingWeek.of(DayOfWeek.FRIDAY));
        ReadingPlan plan = ReadingPlan.starting(S20_1, fridays, MONDAY);
        ReadingPlan resumed = plan.paused(MONDAY.plusDays(8)).resumed(MONDAY.plusDays(17));
        PlanDay day = on(resumed, seedShape(), MONDAY.plusDays(18));
        assertThat(numbersOf(day.today())).containsExactly("20.3", "20.4");
    }

    @Test
    void skipAndBackMoveByOneReading() {
        Library book = seedShape();
        LocalDate wednesday = MONDAY.plusDays(2);
        assertThat(numbersOf(on(perDay(2).movedBy(1), book, wednesday).today())).containsExactly("20.7", "62.1");
        assertThat(numbersOf(on(perDay(2).movedBy(-1), book, wednesday).today()))
                .containsExactly("20.3", "20.4");
        assertThat(on(perDay(2).movedBy(1), book, wednesday).expectedEnd()).contains(MONDAY.plusDays(6));
    }

    @Test
    void aSectionAddedAheadJoinsThePlan() {
        Library before = seedShape();
        Library after = plus(before, "20.8", "62.9");
        ReadingPlan plan = perDay(1).rebased(before, MONDAY.plusDays(2));
        assertThat(numbersOf(on(plan, after, MONDAY.plusDays(2)).today())).containsExactly("20.3");
        assertThat(numbersOf(on(plan, after, MONDAY.plusDays(7)).today())).containsExactly("20.8");
        assertThat(numbersOf(on(plan, after, MONDAY.plusDays(8)).today())).containsExactly("62.1");
        assertThat(on(plan, after, MONDAY.plusDays(2)).left()).hasSize(15);
    }

    @Test
    void aRemovedSectionIsSkippedAndNeverShown() {
        Library before = seedShape();
        LocalDate wednesday = MONDAY.plusDays(2);
        ReadingPlan plan = perDay(1).rebased(before, wednesday);

        Library withoutAhead = minus(before, "20.5");
        assertThat(numbersOf(on(plan, withoutAhead, MONDAY.plusDays(4)).today()))
                .containsExactly("20.6");

        Library withoutToday = minus(before, "20.3");
        assertThat(numbersOf(on(plan, withoutToday, wednesday).today())).containsExactly("20.4");

        Library withoutStart = minus(before, "20.1", "20.2");
        PlanDay day = on(plan, withoutStart, wednesday);
        assertThat(numbersOf(day.today())).containsExactly("20.3");
        assertThat(day.due()).isEmpty();
    }

    @Test
    void anchoredPlansIgnoreEditsBehindThem() {
        Library before = seedShape();
        LocalDate friday = MONDAY.plusDays(4);
        ReadingPlan anchored = perDay(1).rebased(before, friday);
        assertThat(anchored.anchor()).isEqualTo(new SectionNumber(20, 5));
        assertThat(numbersOf(on(anchored, before, friday).today())).containsExactly("20.5");
        assertThat(numbersOf(on(anchored, minus(before, "20.2"), friday).today()))
                .containsExactly("20.5");
        assertThat(numbersOf(on(anchored, minus(before, "20.2"), friday).due()))
                .containsExactly("20.1", "20.3", "20.4");
        assertThat(numbersOf(on(anchored, plus(before, "20.0"), friday).today()))
                .containsExactly("20.5");
        // without the anchor, a count from the start would have moved
        assertThat(numbersOf(on(perDay(1), minus(before, "20.2"), friday).today()))
                .containsExactly("20.6");
    }

    @Test
    void rebasingKeepsEverySchedule() {
        Library book = plus(seedShape(), "70.1", "70.2", "70.3");
        List<Pace> paces = List.of(
                new Pace.SectionsPerDay(1),
                new Pace.SectionsPerDay(3),
                new Pace.SectionsOnDays(2, ReadingWeek.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY)),
                new Pace.ChapterPerWeek(DayOfWeek.WEDNESDAY));
        for (Pace pace : paces) {
            ReadingPlan plan = ReadingPlan.starting(new SectionNumber(20, 2), pace, MONDAY)
                    .movedBy(1)
                    .paused(MONDAY.plusDays(3))
                    .resumed(MONDAY.plusDays(6));
            for (int rebaseDay = 0; rebaseDay < 30; rebaseDay += 4) {
                ReadingPlan rebased = plan.rebased(book, MONDAY.plusDays(rebaseDay));
                for (int day = rebaseDay; day < 40; day++) {
                    LocalDate date = MONDAY.plusDays(day);
                    assertThat(on(rebased, book, date))
                            .as("%s rebased on day %d, day %d", pace, rebaseDay, day)
                            .usingRecursiveComparison()
                            .ignoringFields("plan")
                            .isEqualTo(on(plan, book, date));
                }
            }
        }
    }

    @Test
    void estimatesReadingTimeFromWords() {
        assertThat(ReadingTime.minutes(seedShape().chapter(20).subList(0, 2))).isEqualTo(4);
        assertThat(ReadingTime.minutes(List.of())).isEqualTo(1);
    }
}
