package studybot.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingWeekTest {

    private static final List<ReadingWeek> WEEKS = List.of(
            ReadingWeek.EVERY_DAY,
            ReadingWeek.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
            ReadingWeek.of(DayOfWeek.SUNDAY),
            ReadingWeek.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
            new ReadingWeek(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));

    @Test
    void countsReadingDaysLikeWalkingTheCalendar() {
        LocalDate base = LocalDate.of(2026, 3, 1);
        for (ReadingWeek week : WEEKS) {
            for (int from = 0; from < 9; from++) {
                for (int length = -2; length < 40; length++) {
                    LocalDate start = base.plusDays(from);
                    LocalDate end = start.plusDays(length);
                    long walked = length < 0
                            ? 0
                            : start.datesUntil(end.plusDays(1))
                                    .filter(week::isReadingDay)
                                    .count();
                    assertThat(week.countBetween(start, end))
                            .as("%s %s..%s", week, start, end)
                            .isEqualTo(walked);
                }
            }
        }
    }

    @Test
    void theNthReadingDayIsTheOneWhereTheCountReachesN() {
        LocalDate from = LocalDate.of(2026, 10, 20);
        for (ReadingWeek week : WEEKS) {
            for (long n = 1; n < 30; n++) {
                LocalDate nth = week.nthFrom(from, n);
                assertThat(week.isReadingDay(nth)).isTrue();
                assertThat(week.countBetween(from, nth)).as("%s n=%d", week, n).isEqualTo(n);
            }
        }
    }

    @Test
    void mondayWednesdayFriday() {
        ReadingWeek week = ReadingWeek.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        LocalDate tuesday = LocalDate.of(2026, 12, 1);
        assertThat(week.firstFrom(tuesday)).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(week.nthFrom(tuesday, 3)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(week.countBetween(tuesday, LocalDate.of(2026, 12, 13))).isEqualTo(5);
    }

    @Test
    void refusesAnEmptyWeekAndReadingDayZero() {
        assertThatThrownBy(() -> new ReadingWeek(EnumSet.noneOf(DayOfWeek.class)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadingWeek.EVERY_DAY.nthFrom(LocalDate.of(2026, 1, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
