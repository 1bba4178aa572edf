package studybot.fsrs;

import java.time.Duration;

/**
 * Turns a quiz answer into an FSRS rating. A multiple-choice answer has no self-grading, so the time taken stands in
 * for how hard the recall felt: wrong is {@link Rating#AGAIN}; right in at most {@link #FAST} is {@link Rating#EASY};
 * right within {@link #SLOW} is {@link Rating#GOOD}; right after longer is {@link Rating#HARD}. An unknown time (e.g. a
 * question answered long after it was posted, such as the question of the day) counts as {@link Rating#GOOD}: the time
 * would measure the member's day, not their recall.
 */
public final class AnswerRating {

    /** Reading a 1–2 sentence fact and four choices takes ~5–8 s; an answer this quick was recalled at once. */
    public static final Duration FAST = Duration.ofSeconds(8);
    /** Beyond this the member had to think it over (or look it up). */
    public static final Duration SLOW = Duration.ofSeconds(30);
    /** Longer than this is not thinking time (the question sat unread): the time is ignored. */
    public static final Duration UNKNOWN_AFTER = Duration.ofMinutes(10);

    private AnswerRating() {}

    public static Rating of(boolean correct, Duration taken) {
        if (!correct) {
            return Rating.AGAIN;
        }
        if (taken == null || taken.isNegative() || taken.compareTo(UNKNOWN_AFTER) > 0) {
            return Rating.GOOD;
        }
        if (taken.compareTo(FAST) <= 0) {
            return Rating.EASY;
        }
        return taken.compareTo(SLOW) <= 0 ? Rating.GOOD : Rating.HARD;
    }
}
