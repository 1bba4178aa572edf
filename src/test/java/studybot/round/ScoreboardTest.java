package studybot.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A point per right answer; equal points go to less time on the right answers, then to the lower member id. */
class ScoreboardTest {

    private static final Instant AT = Instant.parse("2026-12-01T18:00:00Z");

    @Test
    void pointsFirstThenLessTimeThenMemberId() {
        Scoreboard board = Scoreboard.of(List.of(
                answer(0, 3, true, 5000),
                answer(0, 1, true, 2000),
                answer(0, 2, false, 1000),
                answer(1, 3, true, 1000),
                answer(1, 1, true, 4500),
                answer(1, 2, true, 900),
                answer(2, 4, false, 100),
                answer(2, 5, true, 3000)));

        assertThat(board.scores()).extracting(Scoreboard.Score::memberId).containsExactly(3L, 1L, 2L, 5L, 4L);
        assertThat(board.scores().get(0)).isEqualTo(new Scoreboard.Score(3, 2, Duration.ofMillis(6000)));
        assertThat(board.scores().get(1).time()).isEqualTo(Duration.ofMillis(6500));
        assertThat(board.scores().get(2)).isEqualTo(new Scoreboard.Score(2, 1, Duration.ofMillis(900)));
        assertThat(board.scores().get(4)).isEqualTo(new Scoreboard.Score(4, 0, Duration.ZERO));
    }

    @Test
    void anExactTieGoesToTheLowerMemberIdSoTheOrderNeverDependsOnTheStore() {
        assertThat(Scoreboard.of(List.of(answer(0, 9, true, 1000), answer(0, 8, true, 1000)))
                        .scores())
                .extracting(Scoreboard.Score::memberId)
                .containsExactly(8L, 9L);
        assertThat(Scoreboard.of(List.of()).scores()).isEmpty();
    }

    private static RoundAnswer answer(int question, long member, boolean correct, long tookMillis) {
        return new RoundAnswer(question, member, 0, correct, Duration.ofMillis(tookMillis), AT);
    }
}
