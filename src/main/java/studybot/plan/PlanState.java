package studybot.plan;

/** Whether a plan is running, held where it is, or switched off. */
public enum PlanState {
    ACTIVE,
    /** The schedule is frozen: no reading is due, and resuming continues where it stopped. */
    PAUSED,
    OFF
}
