package studybot.round;

import java.util.Locale;

/** Where a round is: each step moves it on, and only the step due at its {@code nextAt} runs. */
enum Phase {
    /** The next question is posted at {@code nextAt}. */
    WAITING,
    /** The question is posted and answered until its deadline, and revealed at {@code nextAt}. */
    OPEN,
    /** Every question is revealed; the scoreboard is posted at {@code nextAt}. */
    FINISHING,
    /** Over: the scoreboard is posted. */
    ENDED;

    String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Phase ofStored(String stored) {
        return valueOf(stored.toUpperCase(Locale.ROOT));
    }
}
