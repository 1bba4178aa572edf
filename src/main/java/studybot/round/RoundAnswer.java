package studybot.round;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A member's first answer to one question of a round: the one that counts.
 *
 * @param question the question, from 0
 * @param choice the choice picked, as the question lists its choices
 * @param took from the question's message to the click
 */
record RoundAnswer(int question, long memberId, int choice, boolean correct, Duration took, Instant answeredAt) {

    RoundAnswer {
        Objects.requireNonNull(took, "took");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
