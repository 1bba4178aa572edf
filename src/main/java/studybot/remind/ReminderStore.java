package studybot.remind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import studybot.command.Place;
import studybot.store.Migrations;
import studybot.store.PersonalColumn;

/**
 * What reminders keep: each member's setting and every reminder DM (intent before sending, message after). One method
 * per transaction; {@link SqlReminderStore} serves SQLite and PostgreSQL alike.
 */
public interface ReminderStore {

    /** The reminder tables, in {@code db/reminders/<dialect>}; both are the member's own. */
    Migrations MIGRATIONS = new Migrations("reminders", "db/reminders")
            .withPersonalColumns(
                    PersonalColumn.owned("reminders", "member_id"),
                    PersonalColumn.owned("reminder_sends", "member_id"));

    /** A reminder DM a pass wants to send: a new one, or the resumption of an in-flight one. */
    record Claim(long memberId, LocalDate date, int snooze, boolean resumed) {}

    /** A DM Discord confirmed, to record. */
    record Sent(long memberId, LocalDate date, int snooze, long messageId, Instant at) {}

    Optional<Reminder> find(long memberId);

    /** Every reminder that is on. */
    List<Reminder> active();

    /**
     * Turns the member's reminder on for {@code place} at {@code time} in {@code zone}, in {@code locale}, keeping its
     * DM channel.
     */
    Reminder turnOn(long memberId, Place place, LocalTime time, ZoneId zone, Locale locale, Instant now);

    /** Sets the status of the member's reminder; whether it had one. */
    boolean setStatus(long memberId, ReminderStatus status, Instant now);

    /**
     * Stops the reminder with {@code status} unless it changed since {@code revision} was read; {@code idleNotice} asks
     * the member's next {@code /quiz} to say why.
     *
     * @return whether it was stopped
     */
    boolean stop(long memberId, long revision, ReminderStatus status, boolean idleNotice, Instant now);

    /** Keeps the member's DM channel, so later reminders need not open it again. */
    void keepDmChannel(long memberId, long channelId);

    /** Asks for one more reminder at {@code until}, while the reminder is on; the number of that snooze, if it is. */
    Optional<Integer> snooze(long memberId, Instant until, Instant now);

    /** Clears the idle notice; whether there was one to show. */
    boolean takeIdleNotice(long memberId);

    /**
     * Reminder DMs that may matter to a pass: those for {@code since} or later, and every one still in flight, by
     * member; one query for everyone.
     */
    Map<Long, List<ReminderSend>> recentOrOpenSends(LocalDate since);

    /**
     * Claims a group of reminder DMs in one transaction and returns those this process won: a new one by inserting its
     * row (the primary key decides between processes), an in-flight one whose retry time came or whose claimer died by
     * a conditional update. A claim lasts until {@code claimedUntil}.
     */
    List<ReminderSend> claim(List<Claim> claims, Instant now, Instant claimedUntil);

    /** Records DMs Discord confirmed, in one transaction. */
    void recordSent(List<Sent> sent);

    /** Ends a claimed reminder without a DM (or a DM refused), with why. */
    void finish(long memberId, LocalDate date, int snooze, ReminderSend.Outcome outcome, String why);

    /** Records a failed attempt and when to try again. */
    void recordFailure(long memberId, LocalDate date, int snooze, String error, Instant nextAttemptAt);

    /** Gives up on the member's in-flight reminders of days before {@code today}; how many. */
    int giveUpBefore(long memberId, LocalDate today);

    /** The member's last reminder DM that was sent, if any. */
    Optional<ReminderSend> lastSent(long memberId);
}
