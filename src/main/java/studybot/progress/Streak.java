package studybot.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Consecutive days with at least one section marked read, in the server's timezone. A streak that reached yesterday is
 * still alive today until the day ends.
 */
public final class Streak {

    private Streak() {}

    public static int days(Collection<Instant> marks, ZoneId zone, LocalDate today) {
        Set<LocalDate> days =
                marks.stream().map(at -> at.atZone(zone).toLocalDate()).collect(Collectors.toSet());
        LocalDate day = days.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (days.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }
}
