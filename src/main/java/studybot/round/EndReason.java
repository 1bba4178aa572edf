package studybot.round;

import java.util.Locale;

/** Why a round ended, for its scoreboard. */
enum EndReason {
    /** Every question was asked. */
    FINISHED,
    /** Two questions in a row went unanswered. */
    SILENT,
    /** {@code /round stop}. */
    STOPPED,
    /** studybot restarted and was away too long to carry on. */
    RESTART,
    /** Its messages could not be posted or edited (channel deleted, permission taken away). */
    FAILED,
    /**
     * The server's book changed mid-round (another chosen with {@code /book use}, or reloaded) and has none of the
     * questions left.
     */
    BOOK_CHANGED;

    String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    static EndReason ofStored(String stored) {
        return valueOf(stored.toUpperCase(Locale.ROOT));
    }
}
