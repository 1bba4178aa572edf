package studybot.remind;

/** Whether a member's reminder runs, and if not, why: each stopped state says what brings it back. */
public enum ReminderStatus {
    /** Sent at the member's time on days with reviews due. */
    ON,
    /** Turned off by the member ({@code /remind off} or the DM's "Stop"). */
    OFF,
    /**
     * Paused because Discord refused the DM (error 50007: the member closed their DMs, blocked studybot, or shares no
     * server with it). Nothing is retried until the member runs {@code /remind on} again.
     */
    DMS_CLOSED,
    /** Stopped after {@value Reminders#IDLE_DAYS} days in a row without a review; {@code /remind on} restarts it. */
    IDLE
}
