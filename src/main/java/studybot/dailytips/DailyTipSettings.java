package studybot.dailytips;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What a server's admins chose: where the daily tip goes, at what local time in which IANA zone, and whether it goes at
 * all. The time is kept to the minute because that is how admins set it.
 */
public record DailyTipSettings(long channelId, LocalTime postTime, ZoneId zone, boolean enabled) {

    public DailyTipSettings {
        Objects.requireNonNull(postTime, "postTime");
        Objects.requireNonNull(zone, "zone");
        postTime = postTime.truncatedTo(ChronoUnit.MINUTES);
    }

    public DailyTipSettings withChannelId(long newChannelId) {
        return new DailyTipSettings(newChannelId, postTime, zone, enabled);
    }

    public DailyTipSettings withPostTime(LocalTime newPostTime) {
        return new DailyTipSettings(channelId, newPostTime, zone, enabled);
    }

    public DailyTipSettings withZone(ZoneId newZone) {
        return new DailyTipSettings(channelId, postTime, newZone, enabled);
    }

    public DailyTipSettings withEnabled(boolean newEnabled) {
        return new DailyTipSettings(channelId, postTime, zone, newEnabled);
    }

    /** The server's calendar date at {@code instant}. */
    public LocalDate localDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /**
     * When the tip for {@code date} is due. A post time that does not exist that day (the spring-forward gap) moves
     * forward by the gap's length, so 02:30 becomes 03:30; one that exists twice (the fall-back overlap) uses the
     * earlier offset. Either way there is exactly one instant per date.
     */
    public Instant postInstantOn(LocalDate date) {
        return ZonedDateTime.of(date, postTime, zone).toInstant();
    }
}
