package studybot.progress.command;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import studybot.chart.Band;
import studybot.chart.ChartPanel;
import studybot.chart.Series;
import studybot.i18n.Texts;
import studybot.progress.GroupHistory;

/**
 * What the {@code /progress group} picture shows: sections finished at the end of each of the last weeks, the plan's
 * line, the median member in bold over the middle half of the group (its quartiles), and a line for each of the
 * furthest members who opted in to being named, at most {@link #MAX_LINES} (more lines than that can't be told apart).
 * A picture cannot show a Discord name, and studybot keeps member ids, never names: the lines are labelled
 * {@code member 1}, {@code member 2}… and the reply's text says who they are. Members who did not opt in have no line
 * of their own; they are in the median and the band.
 */
record GroupChart(ChartPanel panel, Map<Long, String> labels, String altText, List<Double> glance) {

    /** How many weeks the picture goes back, today's included. */
    static final int WEEKS = 8;
    /** The most members drawn as lines of their own. */
    static final int MAX_LINES = 8;

    static final String FILE_NAME = "progress-group.png";

    GroupChart {
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        glance = List.copyOf(glance);
    }

    /** The picture of {@code history}, when anyone has read anything, in {@code reader}'s language. */
    static Optional<GroupChart> of(GroupHistory history, Texts texts, Locale reader) {
        if (history.members().isEmpty()) {
            return Optional.empty();
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern(texts.text(reader, "chart.day"), reader);
        List<String> xLabels = history.weekEnds().stream().map(day::format).toList();
        int weeks = xLabels.size();
        List<Double> low = new ArrayList<>();
        List<Double> median = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        for (int week = 0; week < weeks; week++) {
            int at = week;
            double[] counts = history.members().stream()
                    .mapToDouble(member -> member.finished().get(at))
                    .sorted()
                    .toArray();
            low.add(quantile(counts, 0.25));
            median.add(quantile(counts, 0.5));
            high.add(quantile(counts, 0.75));
        }
        List<GroupHistory.MemberHistory> named = history.members().stream()
                .filter(GroupHistory.MemberHistory::sharing)
                .sorted(Comparator.comparingInt(GroupHistory.MemberHistory::latest)
                        .reversed()
                        .thenComparingLong(GroupHistory.MemberHistory::memberId))
                .limit(MAX_LINES)
                .toList();
        Map<Long, String> labels = new LinkedHashMap<>();
        List<Series> lines = new ArrayList<>();
        history.planLine()
                .ifPresent(plan -> lines.add(new Series(
                        texts.text(reader, "chart.plan"),
                        plan.stream().map(Integer::doubleValue).toList(),
                        Series.Look.DASHED)));
        lines.add(new Series(texts.text(reader, "chart.median"), median, Series.Look.BOLD));
        for (GroupHistory.MemberHistory member : named) {
            // a letter, so a line is never taken for a member's id (the console shows ids as "member #0")
            String label = texts.format(
                    reader, "chart.member", Map.of("letter", String.valueOf((char) ('A' + labels.size()))));
            labels.put(member.memberId(), label);
            lines.add(new Series(
                    label, member.finished().stream().map(Integer::doubleValue).toList()));
        }
        ChartPanel panel = new ChartPanel.Lines(
                texts.format(reader, "chart.title", Map.of("weeks", weeks)),
                texts.text(reader, "chart.axis"),
                xLabels,
                lines,
                Optional.of(new Band(texts.text(reader, "chart.band"), low, high)),
                Optional.empty());
        String alt = altText(history, xLabels, median, low, high, List.copyOf(labels.values()), named, texts, reader);
        return Optional.of(new GroupChart(panel, labels, alt, median));
    }

    private static String altText(
            GroupHistory history,
            List<String> xLabels,
            List<Double> median,
            List<Double> low,
            List<Double> high,
            List<String> labels,
            List<GroupHistory.MemberHistory> named,
            Texts texts,
            Locale reader) {
        int last = xLabels.size() - 1;
        StringBuilder alt = new StringBuilder(texts.format(
                reader,
                "chart.alt.intro",
                Map.of(
                        "from",
                        xLabels.get(0),
                        "to",
                        xLabels.get(last),
                        "members",
                        history.members().size())));
        alt.append(' ');
        history.planLine()
                .ifPresent(plan -> alt.append(texts.format(
                                reader,
                                "chart.alt.plan",
                                Map.of(
                                        "plan",
                                        plan.stream().map(String::valueOf).collect(Collectors.joining(", ")))))
                        .append(' '));
        alt.append(texts.format(
                reader,
                "chart.alt.median",
                Map.of(
                        "median", median.stream().map(GroupChart::number).collect(Collectors.joining(", ")),
                        "low", number(low.get(last)),
                        "high", number(high.get(last)))));
        for (int i = 0; i < named.size(); i++) {
            alt.append(' ')
                    .append(texts.format(
                            reader,
                            "chart.alt.member",
                            Map.of(
                                    "label",
                                    labels.get(i),
                                    "latest",
                                    named.get(i).latest())));
        }
        return alt.toString();
    }

    /** The {@code q} quantile of sorted {@code values}, interpolating between neighbours. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
