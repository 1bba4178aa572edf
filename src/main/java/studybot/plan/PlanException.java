package studybot.plan;

/**
 * A plan request that cannot be done as asked: bad input (an unknown start section, a pace out of range, no valid day)
 * or the wrong state (no plan yet, already at the end). The message is written for the person who asked.
 */
public final class PlanException extends Exception {

    public PlanException(String message) {
        super(message);
    }
}
