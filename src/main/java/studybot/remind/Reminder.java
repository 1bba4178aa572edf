package studybot.remind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import studybot.command.Place;

/**
 * One member's review reminder: the place whose reviews it counts (where {@code /remind on} was used), the local time
 * and zone it is sent at, and the DM channel kept so that a reminder costs Discord one request, not two.
 *
 * @param locale the member's language when they turned it on, which the DM is written in (a DM answers no interaction,
 *     so Discord says nothing of the member's language when it is sent)
 * @param activeSince when it was last turned on: idle days are counted from here or the last review, whichever is later
 * @param snoozes how many times "Snooze" was pressed, ever: the number of the next snoozed DM
 * @param snoozedUntil when the last snooze is due, while it has not been sent
 * @param idleNotice whether the member's next {@code /quiz} should say the reminder stopped for lack of reviews
 * @param revision changes with every change of the setting, so a pass never pauses a reminder the member just changed
 */
public record Reminder(
        long memberId,
        Place place,
        LocalTime time,
        ZoneId zone,
        Locale locale,
        ReminderStatus status,
        OptionalLong dmChannelId,
        Instant activeSince,
        int snoozes,
        Optional<Instant> snoozedUntil,
        boolean idleNotice,
        long revision) {

    public Reminder {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(dmChannelId, "dmChannelId");
        Objects.requireNonNull(activeSince, "activeSince");
        Objects.requireNonNull(snoozedUntil, "snoozedUntil");
    }

    /** The member's local date at {@code now}. */
    public LocalDate localDate(Instant now) {
        return now.atZone(zone).toLocalDate();
    }

    /** When the daily reminder of {@code date} is due (a time skipped by a DST change moves forward with it). */
    public Instant dueOn(LocalDate date) {
        return date.atTime(time).atZone(zone).toInstant();
    }

    /** The next daily reminder at or after {@code now}. */
    public Instant nextAfter(Instant now) {
        LocalDate today = localDate(now);
        Instant todays = dueOn(today);
        return todays.isBefore(now) ? dueOn(today.plusDays(1)) : todays;
    }
}
