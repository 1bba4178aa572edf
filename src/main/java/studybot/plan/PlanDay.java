package studybot.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import studybot.library.Library;
import studybot.library.Section;

/**
 * A plan as it stands on one local date against one edition of the book: what is read today, what was due before, what
 * is left, and when it should end. Everything {@code /plan status}, {@code /progress} and the daily digest show comes
 * from here.
 *
 * @param plan the stored plan
 * @param date the server's local date this describes
 * @param zone the server's timezone, for turning dates into instants
 * @param today today's reading; empty when today has none (not a reading day, paused, finished)
 * @param due the plan's sections whose reading day has passed, in order: before today's reading, or up to and including
 *     the last reading when today has none
 * @param previous the last reading before today's (on a day without a reading: the latest one), for "how many finished
 *     yesterday's reading"; empty before the first
 * @param upcoming the plan's sections after today's (or the last) reading, in order
 * @param next the sections of the next reading after today's (or the last) one: the first of {@code upcoming}, as many
 *     as the pace reads at once; empty when none is left
 * @param nextReading the date of the next reading after today; empty while paused or when none is left
 * @param expectedEnd the date of the plan's last reading; empty while paused or once finished
 */
public record PlanDay(
        ReadingPlan plan,
        LocalDate date,
        ZoneId zone,
        List<Section> today,
        List<Section> due,
        List<Section> previous,
        List<Section> upcoming,
        List<Section> next,
        Optional<LocalDate> nextReading,
        Optional<LocalDate> expectedEnd) {

    public PlanDay {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(zone, "zone");
        today = List.copyOf(today);
        due = List.copyOf(due);
        previous = List.copyOf(previous);
        upcoming = List.copyOf(upcoming);
        next = List.copyOf(next);
        Objects.requireNonNull(nextReading, "nextReading");
        Objects.requireNonNull(expectedEnd, "expectedEnd");
    }

    /** Resolves {@code plan} on {@code date} against {@code library}. */
    public static PlanDay of(ReadingPlan plan, Library library, LocalDate date, ZoneId zone) {
        PlanUnits units = PlanUnits.of(library, plan);
        long current = plan.readingOn(date);
        Optional<List<Section>> currentReading = units.reading(current);
        boolean readingToday = plan.hasReadingOn(date) && currentReading.isPresent();
        List<Section> today = readingToday ? currentReading.get() : List.of();
        List<Section> due = units.before(readingToday ? current : current + 1);
        List<Section> previous =
                units.reading(readingToday ? current - 1 : current).orElse(List.of());
        List<Section> upcoming = units.from(current + 1);
        List<Section> next = units.reading(current + 1).orElse(List.of());
        long last = units.lastReading();
        Optional<LocalDate> nextDate = last > current ? plan.dateOf(current + 1) : Optional.empty();
        Optional<LocalDate> end;
        if (upcoming.isEmpty()) {
            end = readingToday ? Optional.of(date) : Optional.empty();
        } else {
            end = plan.dateOf(last);
        }
        return new PlanDay(plan, date, zone, today, due, previous, upcoming, next, nextDate, end);
    }

    /** Today's reading and everything after it. */
    public List<Section> left() {
        List<Section> left = new ArrayList<>(today);
        left.addAll(upcoming);
        return left;
    }

    /** Whether every reading's day has passed. */
    public boolean finished() {
        return today.isEmpty() && upcoming.isEmpty();
    }

    /** The first moment of {@code day} in the server's zone, for a Discord date timestamp. */
    public long epochSecondOf(LocalDate day) {
        return day.atStartOfDay(zone).toEpochSecond();
    }
}
