package studybot.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import studybot.library.Library;
import studybot.library.SectionKey;
import studybot.library.SectionNumber;

/**
 * A server's reading plan as stored: where it began and how fast it goes, and its position as a count of readings from
 * an anchor section rather than a list of sections, so that a reloaded book re-resolves it. Readings are counted
 * against the book as it is when asked ({@link PlanUnits}): a section added ahead of the plan joins it, a removed one
 * is skipped.
 *
 * <p>The reading that is current on a date is number {@code offset + (reading days from countFrom to the date) - 1},
 * counted from the reading that begins at {@code anchor} (number 0). Pausing banks the reading days so far into
 * {@code offset}; resuming restarts the count, so the days in between are not counted and the schedule shifts.
 *
 * @param start the section the plan began at; sections before it are never part of the plan
 * @param pace how much each reading is and on which weekdays
 * @param setOn the local date the plan was set
 * @param anchor the first section of reading 0 (the nearest section at or after it, if it is gone)
 * @param offset readings already counted before {@code countFrom}, plus skips, minus backs
 * @param countFrom the first local date whose reading days count; later than today while paused
 * @param state active, paused or off
 * @param anchorKey the anchor section's stable key, which finds it again after a reload renumbered it (even across a
 *     restart); empty until the plan is saved against a book
 */
public record ReadingPlan(
        SectionNumber start,
        Pace pace,
        LocalDate setOn,
        SectionNumber anchor,
        long offset,
        LocalDate countFrom,
        PlanState state,
        Optional<SectionKey> anchorKey) {

    public ReadingPlan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(pace, "pace");
        Objects.requireNonNull(setOn, "setOn");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(countFrom, "countFrom");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(anchorKey, "anchorKey");
    }

    /** A new active plan whose first reading is on the first reading day from {@code today} on. */
    public static ReadingPlan starting(SectionNumber start, Pace pace, LocalDate today) {
        return new ReadingPlan(start, pace, today, start, 0, today, PlanState.ACTIVE, Optional.empty());
    }

    /**
     * The number of the reading current on {@code date} (relative to {@link #anchor}): today's reading on a reading
     * day, the last one before it otherwise; -1 before the first.
     */
    public long readingOn(LocalDate date) {
        if (state != PlanState.ACTIVE) {
            return offset - 1;
        }
        return offset + pace.week().countBetween(countFrom, date) - 1;
    }

    /**
     * Whether {@code date} has a reading of its own: the plan is active and the date is one of its reading days, or the
     * plan was paused that very day, whose reading still counts ({@link #paused}).
     */
    public boolean hasReadingOn(LocalDate date) {
        if (!pace.week().isReadingDay(date)) {
            return false;
        }
        return switch (state) {
            case ACTIVE -> !date.isBefore(countFrom);
            case PAUSED -> date.plusDays(1).equals(countFrom);
            case OFF -> false;
        };
    }

    /**
     * The local date reading {@code reading} is (or was) scheduled for; empty while the plan is not active, since then
     * nothing is scheduled, and for readings counted before {@link #countFrom}.
     */
    public Optional<LocalDate> dateOf(long reading) {
        if (state != PlanState.ACTIVE) {
            return Optional.empty();
        }
        long n = reading - offset + 1;
        return n < 1 ? Optional.empty() : Optional.of(pace.week().nthFrom(countFrom, n));
    }

    /**
     * Frozen from the end of {@code today}: today's reading, if any, still counts; the next reading waits for
     * {@link #resumed}.
     */
    public ReadingPlan paused(LocalDate today) {
        if (state != PlanState.ACTIVE) {
            return this;
        }
        long counted = offset + pace.week().countBetween(countFrom, today);
        LocalDate next = today.plusDays(1).isAfter(countFrom) ? today.plusDays(1) : countFrom;
        return new ReadingPlan(start, pace, setOn, anchor, counted, next, PlanState.PAUSED, anchorKey);
    }

    /**
     * Running again, counting reading days from {@code today}; the days it was paused are not counted. Resumed on the
     * day it was paused, it is as if it had never been paused.
     */
    public ReadingPlan resumed(LocalDate today) {
        if (state != PlanState.PAUSED) {
            return this;
        }
        if (today.plusDays(1).equals(countFrom)) {
            long todays = pace.week().isReadingDay(today) ? 1 : 0;
            return new ReadingPlan(start, pace, setOn, anchor, offset - todays, today, PlanState.ACTIVE, anchorKey);
        }
        LocalDate from = today.isAfter(countFrom) ? today : countFrom;
        return new ReadingPlan(start, pace, setOn, anchor, offset, from, PlanState.ACTIVE, anchorKey);
    }

    /** The plan moved by {@code readings} readings: forward to skip, backward to go back. */
    public ReadingPlan movedBy(long readings) {
        return new ReadingPlan(start, pace, setOn, anchor, offset + readings, countFrom, state, anchorKey);
    }

    public ReadingPlan switchedOff() {
        return new ReadingPlan(start, pace, setOn, anchor, offset, countFrom, PlanState.OFF, anchorKey);
    }

    /**
     * The same schedule re-anchored at the first section of the reading current on {@code today} in {@code library}, so
     * that later edits to the book behind that reading cannot move the plan. Call it with the book the plan was last
     * resolved against, before another edition replaces it.
     */
    public ReadingPlan rebased(Library library, LocalDate today) {
        long current = Math.max(0, readingOn(today));
        PlanUnits units = PlanUnits.of(library, this);
        return units.reading(current)
                .filter(sections -> !sections.isEmpty())
                .map(sections -> new ReadingPlan(
                        start,
                        pace,
                        setOn,
                        sections.get(0).number(),
                        offset - current,
                        countFrom,
                        state,
                        library.keys().keyOf(sections.get(0).number())))
                .orElse(this);
    }

    /**
     * The same plan with its anchor's key in {@code library}, the edition its anchor number belongs to; the key it had
     * is kept when {@code library} has no section with that number.
     */
    public ReadingPlan keyedIn(Library library) {
        return new ReadingPlan(
                start,
                pace,
                setOn,
                anchor,
                offset,
                countFrom,
                state,
                library.keys().keyOf(anchor).or(() -> anchorKey));
    }

    /**
     * The same plan with its anchor where its section is in {@code library}: a reload that inserted or removed sections
     * before it moved its number. Unchanged when the anchor has no key or its section is gone (then the nearest section
     * at or after the number stands in, as before keys).
     */
    public ReadingPlan locatedIn(Library library) {
        return anchorKey
                .flatMap(key -> library.keys().locate(key))
                .filter(number -> !number.equals(anchor))
                .map(number -> new ReadingPlan(start, pace, setOn, number, offset, countFrom, state, anchorKey))
                .orElse(this);
    }
}
