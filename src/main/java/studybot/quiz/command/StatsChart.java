package studybot.quiz.command;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import studybot.chart.ChartPanel;
import studybot.chart.Series;
import studybot.i18n.Texts;
import studybot.quiz.learning.QuizStats;

/**
 * What the {@code /quiz stats} picture shows, top to bottom: answers per week, accuracy per week (a week without
 * answers is a gap, not 0%), and reviews due on each of the next 14 days, so a member sees how much to plan for.
 */
record StatsChart(List<ChartPanel> panels, String altText, List<Double> glance) {

    static final String FILE_NAME = "quiz-stats.png";

    StatsChart {
        panels = List.copyOf(panels);
        glance = List.copyOf(glance);
    }

    /** The picture's words in {@code reader}'s language, from the {@code quiz} bundle. */
    static StatsChart of(QuizStats stats, Texts texts, Locale reader) {
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern(texts.text(reader, "chart.day"), reader);
        DateTimeFormatter weekdayFormat = DateTimeFormatter.ofPattern(texts.text(reader, "chart.weekday"), reader);
        List<String> weeks = stats.weekEnds().stream().map(dayFormat::format).toList();
        List<Double> answered =
                stats.weeks().stream().map(week -> (double) week.answered()).toList();
        List<Double> accuracy = stats.weeks().stream()
                .map(week -> week.answered() == 0 ? Double.NaN : 100.0 * week.right() / week.answered())
                .toList();
        LocalDate today = stats.weekEnds().get(stats.weekEnds().size() - 1);
        List<String> days = IntStream.range(0, stats.duePerDay().size())
                .mapToObj(
                        day -> day == 0 ? texts.text(reader, "chart.today") : weekdayFormat.format(today.plusDays(day)))
                .toList();
        List<Double> due = stats.duePerDay().stream().map(Integer::doubleValue).toList();
        List<ChartPanel> panels = List.of(
                new ChartPanel.Bars(
                        texts.text(reader, "chart.answers.title"),
                        texts.text(reader, "chart.answers.axis"),
                        weeks,
                        new Series("answers", answered)),
                new ChartPanel.Lines(
                        texts.text(reader, "chart.accuracy.title"),
                        texts.text(reader, "chart.accuracy.axis"),
                        weeks,
                        List.of(new Series("accuracy", accuracy, Series.Look.BOLD)),
                        Optional.empty(),
                        Optional.of(100.0)),
                new ChartPanel.Bars(
                        texts.format(reader, "chart.due.title", Map.of("days", days.size())),
                        texts.text(reader, "chart.due.axis"),
                        days,
                        new Series("due", due)));
        String alt = texts.format(
                reader,
                "chart.alt",
                Map.of(
                        "from", weeks.get(0),
                        "to", weeks.get(weeks.size() - 1),
                        "answers",
                                join(stats.weeks().stream()
                                        .map(QuizStats.Tally::answered)
                                        .toList()),
                        "accuracy",
                                stats.weeks().stream()
                                        .map(week -> week.answered() == 0
                                                ? texts.text(reader, "chart.none")
                                                : texts.format(
                                                        reader, "chart.percent", Map.of("percent", week.percent())))
                                        .collect(Collectors.joining(", ")),
                        "days", days.size(),
                        "due", join(stats.duePerDay())));
        return new StatsChart(panels, alt, answered);
    }

    private static String join(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
