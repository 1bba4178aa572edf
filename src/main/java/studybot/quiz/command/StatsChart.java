package studybot.quiz.command;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import studybot.chart.ChartPanel;
import studybot.chart.Series;

/**
 * What the {@code /quiz stats} picture shows, top to bottom: answers per week, accuracy per week (a week without
 * answers is a gap, not 0%), and reviews due on each of the next 14 days, so a member sees how much to plan for.
 */
record StatsChart(List<ChartPanel> panels, String altText, List<Double> glance) {

    static final String FILE_NAME = "quiz-stats.png";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);

    StatsChart {
        panels = List.copyOf(panels);
        glance = List.copyOf(glance);
    }

    static StatsChart of(QuizStats stats) {
        List<String> weeks = stats.weekEnds().stream().map(DAY::format).toList();
        List<Double> answered =
                stats.weeks().stream().map(week -> (double) week.answered()).toList();
        List<Double> accuracy = stats.weeks().stream()
                .map(week -> week.answered() == 0 ? Double.NaN : 100.0 * week.right() / week.answered())
                .toList();
        LocalDate today = stats.weekEnds().get(stats.weekEnds().size() - 1);
        List<String> days = IntStream.range(0, stats.duePerDay().size())
                .mapToObj(day -> day == 0 ? "today" : WEEKDAY.format(today.plusDays(day)))
                .toList();
        List<Double> due = stats.duePerDay().stream().map(Integer::doubleValue).toList();
        List<ChartPanel> panels = List.of(
                new ChartPanel.Bars("Answers per week", "answers", weeks, new Series("answers", answered)),
                new ChartPanel.Lines(
                        "Accuracy per week",
                        "% right",
                        weeks,
                        List.of(new Series("accuracy", accuracy, Series.Look.BOLD)),
                        Optional.empty(),
                        Optional.of(100.0)),
                new ChartPanel.Bars(
                        "Reviews due, next " + days.size() + " days", "reviews", days, new Series("due", due)));
        String alt = "Your quiz, week by week from " + weeks.get(0) + " to " + weeks.get(weeks.size() - 1)
                + ". Answers: "
                + join(stats.weeks().stream().map(QuizStats.Tally::answered).toList())
                + ". Accuracy: "
                + stats.weeks().stream()
                        .map(week -> week.answered() == 0 ? "none" : week.percent() + "%")
                        .collect(Collectors.joining(", "))
                + ". Reviews due in the next " + days.size() + " days, from today: " + join(stats.duePerDay()) + ".";
        return new StatsChart(panels, alt, answered);
    }

    private static String join(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
