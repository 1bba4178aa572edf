package studybot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import studybot.chart.Band;
import studybot.chart.ChartPanel;
import studybot.chart.ChartRenderer;
import studybot.chart.FontCheck;
import studybot.chart.Series;

/**
 * A warm chart rendered to PNG (target: ≤ 100 ms, ≤ 200 KB), in the shapes the features draw: {@code /progress group}
 * at its fullest (8 weeks; the plan, the median over the middle-half band and the 8 member lines) and {@code /quiz
 * stats} (answers and accuracy over 8 weeks, reviews due over 14 days: three panels). Setup prints each picture's size.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class ChartBench {

    private static final int WEEKS = 8;
    private static final int DAYS = 14;
    private static final int MEMBER_LINES = 8;

    private ChartRenderer renderer;
    private List<ChartPanel> group;
    private List<ChartPanel> quizStats;

    @Setup(Level.Trial)
    public void draw() {
        renderer = new ChartRenderer(FontCheck.system());
        List<String> weeks = IntStream.range(0, WEEKS)
                .mapToObj(week -> (4 + week * 7) % 30 + 1 + (week < 4 ? " Nov" : " Dec"))
                .toList();
        List<Series> lines = new ArrayList<>();
        lines.add(new Series("the plan", values(WEEKS, week -> 5.0 * week), Series.Look.DASHED));
        lines.add(new Series("median member", values(WEEKS, week -> 4.0 * week), Series.Look.BOLD));
        for (int m = 1; m <= MEMBER_LINES; m++) {
            int member = m;
            lines.add(new Series(
                    "member " + m, values(WEEKS, week -> (2 + member % 5) * week + (week > 3 ? member : 0))));
        }
        group = List.of(new ChartPanel.Lines(
                "Sections finished, last 8 weeks",
                "sections",
                weeks,
                lines,
                Optional.of(
                        new Band("middle half", values(WEEKS, week -> 3.0 * week), values(WEEKS, week -> 5.5 * week))),
                Optional.empty()));
        List<String> days = IntStream.range(0, DAYS)
                .mapToObj(day -> day == 0 ? "today" : "Day " + day)
                .toList();
        quizStats = List.of(
                new ChartPanel.Bars(
                        "Answers per week", "answers", weeks, new Series("answers", values(WEEKS, week -> week * 3.0))),
                new ChartPanel.Lines(
                        "Accuracy per week",
                        "% right",
                        weeks,
                        List.of(new Series(
                                "accuracy",
                                values(WEEKS, week -> week == 2 ? Double.NaN : 50 + week * 5.0),
                                Series.Look.BOLD)),
                        Optional.empty(),
                        Optional.of(100.0)),
                new ChartPanel.Bars(
                        "Reviews due, next 14 days", "reviews", days, new Series("due", values(DAYS, day -> day % 4))));
        System.out.printf(
                "%nPNG sizes: group %d bytes, quiz stats %d bytes (limit %d)%n",
                group().length, quizStats().length, ChartRenderer.MAX_BYTES);
    }

    @Benchmark
    public byte[] group() {
        return renderer.png(group).orElseThrow();
    }

    @Benchmark
    public byte[] quizStats() {
        return renderer.png(quizStats).orElseThrow();
    }

    private static List<Double> values(int count, IntToDoubleFunction value) {
        return IntStream.range(0, count).mapToDouble(value).boxed().toList();
    }
}
