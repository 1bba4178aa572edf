package studybot.remind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One reminder DM, from the moment a pass claimed it: the member's daily one ({@code snooze} 0) or a snoozed one. Until
 * it has an {@code outcome} it is in flight and is (re)sent with the same nonce, no sooner than {@code nextAttemptAt},
 * until it is sent or its local day is over.
 */
public record ReminderSend(
        long memberId,
        LocalDate date,
        int snooze,
        String nonce,
        int attempts,
        Instant nextAttemptAt,
        OptionalLong messageId,
        Optional<Outcome> outcome) {

    /** How a reminder ended. */
    public enum Outcome {
        /** Discord confirmed the DM. */
        SENT,
        /** Nothing was due, so nothing was sent. */
        NOTHING_DUE,
        /** The member had not reviewed for too long; the reminder stopped instead. */
        IDLE,
        /** Discord refused the DM (50007); the reminder paused. */
        DMS_CLOSED,
        /** The local day ended before a send succeeded. */
        MISSED
    }

    public boolean inFlight() {
        return outcome.isEmpty();
    }
}
