package studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A pool's pace: pessimistic before its first answers (a cold JVM), then the pace its answers really take. */
class HandlerPaceTest {

    @Test
    void beforeAnyAnswerAQueueIsReckonedAtTheColdPace() {
        HandlerPace pace = new HandlerPace();

        assertThat(pace.wait(30, 2)).isEqualTo(HandlerPace.COLD.multipliedBy(15));
        assertThat(pace.wait(1_000, 2)).isGreaterThan(Duration.ofMillis(1_500));
    }

    @Test
    void answersMoveThePaceToTheirOwn() {
        HandlerPace pace = new HandlerPace();
        for (int i = 0; i < 200; i++) {
            pace.answered(Duration.ofMillis(4).toNanos());
        }

        assertThat(pace.wait(100, 2)).isBetween(Duration.ofMillis(199), Duration.ofMillis(201));
    }
}
