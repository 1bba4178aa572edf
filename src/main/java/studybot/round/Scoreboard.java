package studybot.round;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A round's ranking: a point per right answer; on equal points, less total time on the right answers ranks higher (then
 * the member id, so the order never depends on the store's).
 */
record Scoreboard(List<Score> scores) {

    /** One member's result. */
    record Score(long memberId, int points, Duration time) {}

    Scoreboard {
        scores = List.copyOf(scores);
    }

    static Scoreboard of(List<RoundAnswer> answers) {
        Map<Long, Score> byMember = new LinkedHashMap<>();
        for (RoundAnswer answer : answers) {
            Score so = byMember.getOrDefault(answer.memberId(), new Score(answer.memberId(), 0, Duration.ZERO));
            byMember.put(
                    answer.memberId(),
                    answer.correct()
                            ? new Score(
                                    so.memberId(), so.points() + 1, so.time().plus(answer.took()))
                            : so);
        }
        return new Scoreboard(byMember.values().stream()
                .sorted(Comparator.comparingInt(Score::points)
                        .reversed()
                        .thenComparing(Score::time)
                        .thenComparingLong(Score::memberId))
                .toList());
    }
}
