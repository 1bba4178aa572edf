package studybot.progress;

/** Where a member is against the plan. */
public enum Standing {
    /** Every section of the readings whose day has passed is read, and nothing later. */
    ON_TRACK,
    /** Some section of a reading whose day has passed is unread. */
    BEHIND,
    /** Nothing due is unread, and something after today's reading is read. */
    AHEAD,
    /** There is no plan to compare with (none set, or in direct messages). */
    NO_PLAN
}
