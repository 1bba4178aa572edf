package studybot.quiz.learning;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import studybot.quiz.review.Answer;

/**
 * A server's quiz ranking for a period. Only members who opted in are named; the others are in the ranking (so the
 * named members' places are honest) but shown only as a count. A card counts once per member per day (the first answer
 * that day), so asking one card over and over does not climb the ranking.
 *
 * @param named the opted-in members' rows, best first, each with its place among everyone
 * @param unnamed how many members answered who are not named
 */
public record Leaderboard(Period period, List<Row> named, int unnamed, int answers) {

    /** One member's place, right answers and answers in the period. */
    public record Row(int place, long member, int right, int answered) {}

    /** The periods a leaderboard covers, each starting in the server's timezone. */
    public enum Period {
        WEEK,
        MONTH,
        ALL;

        /** The period named {@code text} (week, month, all), ignoring case and spaces. */
        public static Optional<Period> parse(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "week", "this week", "w" -> Optional.of(WEEK);
                case "month", "this month", "m" -> Optional.of(MONTH);
                case "all", "all time", "ever", "a" -> Optional.of(ALL);
                default -> Optional.empty();
            };
        }

        /** When the period began, for a server in {@code zone}: Monday 00:00, the 1st 00:00, or the epoch. */
        public Instant start(Instant now, ZoneId zone) {
            LocalDate today = now.atZone(zone).toLocalDate();
            return switch (this) {
                case WEEK ->
                    today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                            .atStartOfDay(zone)
                            .toInstant();
                case MONTH -> today.withDayOfMonth(1).atStartOfDay(zone).toInstant();
                case ALL -> Instant.EPOCH;
            };
        }
    }

    static final int SHOWN = 10;

    /** @param zone the server's timezone, where its days begin */
    public static Leaderboard of(Period period, List<Answer> answers, Set<Long> sharing, ZoneId zone) {
        Map<Long, int[]> tallies = new LinkedHashMap<>();
        Set<String> counted = new HashSet<>();
        int kept = 0;
        for (Answer answer : answers) {
            if (!counted.add(answer.memberId() + "/" + answer.cardId() + "/"
                    + answer.answeredAt().atZone(zone).toLocalDate())) {
                continue;
            }
            kept++;
            int[] tally = tallies.computeIfAbsent(answer.memberId(), member -> new int[2]);
            tally[0] += answer.correct() ? 1 : 0;
            tally[1]++;
        }
        List<Map.Entry<Long, int[]>> ranked = tallies.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Long, int[]>>comparingInt(entry -> -entry.getValue()[0])
                        .thenComparingInt(entry -> entry.getValue()[1])
                        .thenComparing(Map.Entry::getKey))
                .toList();
        List<Row> named = new ArrayList<>();
        int place = 0;
        int previousRight = -1;
        int previousAnswered = -1;
        for (int i = 0; i < ranked.size(); i++) {
            int[] tally = ranked.get(i).getValue();
            if (tally[0] != previousRight || tally[1] != previousAnswered) {
                place = i + 1;
                previousRight = tally[0];
                previousAnswered = tally[1];
            }
            if (sharing.contains(ranked.get(i).getKey()) && named.size() < SHOWN) {
                named.add(new Row(place, ranked.get(i).getKey(), tally[0], tally[1]));
            }
        }
        int sharingCount = (int) ranked.stream()
                .filter(entry -> sharing.contains(entry.getKey()))
                .count();
        return new Leaderboard(period, List.copyOf(named), ranked.size() - sharingCount, kept);
    }
}
