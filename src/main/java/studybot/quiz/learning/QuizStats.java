package studybot.quiz.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import studybot.quiz.Question;
import studybot.quiz.review.Answer;
import studybot.quiz.review.CardReview;

/**
 * A member's quiz record in one scope, recomputed from their answers (which are all kept) and review states.
 *
 * @param streakDays consecutive days with at least one answer, ending today or yesterday, counted in {@code zone}
 * @param dueToday cards still in the book whose review is due before the end of today in {@code zone}
 * @param byChapter right and answered per chapter, in chapter order (as the stats list them); answers to retired cards
 *     are in the totals only
 * @param weekEnds the last day of each of the last {@link #WEEKS} weeks, oldest first, today last
 * @param weeks right and answered in each of those weeks
 * @param duePerDay reviews of cards still in the book due on each of the next {@link #DUE_DAYS} days, today first
 *     (today's includes those overdue)
 */
public record QuizStats(
        int answered,
        int right,
        int streakDays,
        int dueToday,
        ZoneId zone,
        Map<Integer, Tally> byChapter,
        List<LocalDate> weekEnds,
        List<Tally> weeks,
        List<Integer> duePerDay) {

    /** How many weeks of answers the stats go back, this one included. */
    public static final int WEEKS = 8;
    /** How many days ahead reviews due are counted, today included. */
    public static final int DUE_DAYS = 14;

    public QuizStats {
        byChapter = Collections.unmodifiableSortedMap(new TreeMap<>(byChapter));
        weekEnds = List.copyOf(weekEnds);
        weeks = List.copyOf(weeks);
        duePerDay = List.copyOf(duePerDay);
    }

    /** Right answers out of answered ones. */
    public record Tally(int right, int answered) {
        public int percent() {
            return answered == 0 ? 0 : (int) Math.round(100.0 * right / answered);
        }
    }

    public static QuizStats of(
            List<Answer> answers,
            Collection<CardReview> reviews,
            Function<String, Optional<Question>> cards,
            Instant now,
            ZoneId zone) {
        int right = (int) answers.stream().filter(Answer::correct).count();
        LocalDate today = now.atZone(zone).toLocalDate();
        Set<LocalDate> days = answers.stream()
                .map(answer -> answer.answeredAt().atZone(zone).toLocalDate())
                .collect(Collectors.toSet());
        LocalDate day = days.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (days.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        Instant endOfToday = today.plusDays(1).atStartOfDay(zone).toInstant();
        int due = (int) reviews.stream()
                .filter(review -> review.memory().due().isBefore(endOfToday))
                .filter(review -> cards.apply(review.cardId()).isPresent())
                .count();
        Map<Integer, int[]> chapters = new TreeMap<>();
        for (Answer answer : answers) {
            cards.apply(answer.cardId()).ifPresent(question -> {
                int[] tally = chapters.computeIfAbsent(question.fact().section().chapter(), chapter -> new int[2]);
                tally[0] += answer.correct() ? 1 : 0;
                tally[1]++;
            });
        }
        Map<Integer, Tally> byChapter = new TreeMap<>();
        chapters.forEach((chapter, tally) -> byChapter.put(chapter, new Tally(tally[0], tally[1])));
        List<LocalDate> weekEnds = new ArrayList<>();
        for (int week = WEEKS - 1; week >= 0; week--) {
            weekEnds.add(today.minusWeeks(week));
        }
        int[][] perWeek = new int[WEEKS][2];
        LocalDate firstDay = weekEnds.get(0).minusDays(6);
        for (Answer answer : answers) {
            LocalDate answeredOn = answer.answeredAt().atZone(zone).toLocalDate();
            long daysIn = ChronoUnit.DAYS.between(firstDay, answeredOn);
            if (daysIn >= 0 && daysIn < WEEKS * 7L) {
                int[] tally = perWeek[(int) (daysIn / 7)];
                tally[0] += answer.correct() ? 1 : 0;
                tally[1]++;
            }
        }
        List<Tally> weeks = Arrays.stream(perWeek)
                .map(tally -> new Tally(tally[0], tally[1]))
                .toList();
        int[] duePerDay = new int[DUE_DAYS];
        reviews.stream()
                .filter(review -> cards.apply(review.cardId()).isPresent())
                .forEach(review -> {
                    long daysAhead = ChronoUnit.DAYS.between(
                            today, review.memory().due().atZone(zone).toLocalDate());
                    if (daysAhead < DUE_DAYS) {
                        duePerDay[(int) Math.max(0, daysAhead)]++;
                    }
                });
        return new QuizStats(
                answers.size(),
                right,
                streak,
                due,
                zone,
                byChapter,
                weekEnds,
                weeks,
                Arrays.stream(duePerDay).boxed().toList());
    }

    public int percent() {
        return new Tally(right, answered).percent();
    }
}
