package studybot.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The weekdays on which a plan has a reading. Counts in local calendar dates, never in hours, so a 23- or 25-hour day
 * at a DST change is still one day.
 */
public record ReadingWeek(Set<DayOfWeek> days) {

    /** Every day of the week. */
    public static final ReadingWeek EVERY_DAY = new ReadingWeek(EnumSet.allOf(DayOfWeek.class));

    public ReadingWeek {
        Objects.requireNonNull(days, "days");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a reading week has at least one reading day");
        }
        days = Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    public static ReadingWeek of(DayOfWeek first, DayOfWeek... more) {
        return new ReadingWeek(EnumSet.of(first, more));
    }

    public boolean isReadingDay(LocalDate date) {
        return days.contains(date.getDayOfWeek());
    }

    /** How many reading days lie in {@code from .. to}, both included; 0 when {@code to} is before {@code from}. */
    public long countBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        long span = to.toEpochDay() - from.toEpochDay() + 1;
        long count = (span / 7) * days.size();
        LocalDate rest = from.plusDays(span - span % 7);
        for (; !rest.isAfter(to); rest = rest.plusDays(1)) {
            if (isReadingDay(rest)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The {@code n}th reading day on or after {@code from}, counting from 1.
     *
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public LocalDate nthFrom(LocalDate from, long n) {
        if (n < 1) {
            throw new IllegalArgumentException("reading days are counted from 1: " + n);
        }
        long fullWeeks = (n - 1) / days.size();
        long left = n - fullWeeks * days.size();
        LocalDate date = from.plusWeeks(fullWeeks);
        while (true) {
            if (isReadingDay(date) && --left == 0) {
                return date;
            }
            date = date.plusDays(1);
        }
    }

    /** The first reading day on or after {@code from}. */
    public LocalDate firstFrom(LocalDate from) {
        return nthFrom(from, 1);
    }
}
