package studybot.quiz.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studybot.quiz.learning.QuizStats.Tally;

/** {@code /quiz stats} lists its accuracy per chapter in chapter order, however the chapters were counted. */
class QuizStatsTest {

    @Test
    void chaptersAreInChapterOrder() {
        Map<Integer, Tally> counted = Map.of(
                4, new Tally(1, 2),
                5, new Tally(2, 2),
                0, new Tally(0, 1),
                12, new Tally(1, 1),
                3, new Tally(1, 3),
                20, new Tally(2, 4),
                7, new Tally(0, 2));

        QuizStats stats = new QuizStats(11, 7, 1, 0, ZoneOffset.UTC, counted, List.of(), List.of(), List.of());

        assertThat(stats.byChapter().keySet()).containsExactly(0, 3, 4, 5, 7, 12, 20);
    }
}
