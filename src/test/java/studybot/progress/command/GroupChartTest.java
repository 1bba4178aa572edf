package studybot.progress.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import studybot.chart.ChartPanel;
import studybot.chart.Series;
import studybot.i18n.Texts;
import studybot.progress.GroupHistory;
import studybot.progress.GroupHistory.MemberHistory;

/**
 * The group picture: only members who opted in get a line, at most eight, labelled by rank and never by id; everyone is
 * in the median and the middle-half band.
 */
class GroupChartTest {

    private static final Texts TEXTS = Texts.load("progress");

    private static final List<LocalDate> WEEKS =
            List.of(LocalDate.parse("2026-11-22"), LocalDate.parse("2026-11-29"), LocalDate.parse("2026-12-06"));

    @Test
    void onlyOptedInMembersGetALineLabelledByRankAndTheTextSaysWhoTheyAre() {
        GroupHistory history = new GroupHistory(
                WEEKS,
                Optional.of(List.of(2, 4, 6)),
                List.of(
                        new MemberHistory(900_000_000_000_000_001L, false, List.of(1, 5, 9)),
                        new MemberHistory(900_000_000_000_000_002L, true, List.of(0, 1, 2)),
                        new MemberHistory(900_000_000_000_000_003L, true, List.of(2, 3, 5)),
                        new MemberHistory(900_000_000_000_000_004L, false, List.of(0, 0, 0))));

        GroupChart chart = GroupChart.of(history, TEXTS, Locale.ENGLISH).orElseThrow();

        ChartPanel.Lines panel = (ChartPanel.Lines) chart.panel();
        assertThat(panel.xLabels()).containsExactly("22 Nov", "29 Nov", "6 Dec");
        assertThat(panel.lines())
                .extracting(Series::name)
                .containsExactly("the plan", "median member", "line A", "line B");
        assertThat(panel.lines().get(2).values()).containsExactly(2.0, 3.0, 5.0);
        assertThat(chart.labels())
                .containsExactly(entry(900_000_000_000_000_003L, "line A"), entry(900_000_000_000_000_002L, "line B"));
        assertThat(panel.lines().get(1).values()).as("the median of all four").containsExactly(0.5, 2.0, 3.5);
        assertThat(panel.band().orElseThrow().low()).containsExactly(0.0, 0.75, 1.5);
        assertThat(panel.band().orElseThrow().high()).containsExactly(1.25, 3.5, 6.0);
        assertThat(chart.altText())
                .contains("for 4 members.")
                .contains("The plan: 2, 4, 6.")
                .contains("line A: 5 now. line B: 2 now.")
                .doesNotContain("900000000000000");
        assertThat(chart.glance()).containsExactly(0.5, 2.0, 3.5);
    }

    @Test
    void atMostEightMembersGetALineHoweverManyOptedIn() {
        List<MemberHistory> members = LongStream.rangeClosed(1, 30)
                .mapToObj(id -> new MemberHistory(id, true, List.of(0, (int) id, (int) id * 2)))
                .toList();

        GroupChart chart = GroupChart.of(new GroupHistory(WEEKS, Optional.empty(), members), TEXTS, Locale.ENGLISH)
                .orElseThrow();

        ChartPanel.Lines panel = (ChartPanel.Lines) chart.panel();
        assertThat(panel.lines()).hasSize(1 + GroupChart.MAX_LINES);
        assertThat(chart.labels().keySet()).containsExactly(30L, 29L, 28L, 27L, 26L, 25L, 24L, 23L);
        assertThat(panel.lines().get(0).look()).isEqualTo(Series.Look.BOLD);
    }

    @Test
    void nobodyHasReadAnythingSoThereIsNoPicture() {
        assertThat(GroupChart.of(new GroupHistory(WEEKS, Optional.empty(), List.of()), TEXTS, Locale.ENGLISH))
                .isEmpty();
    }

    @Test
    void quantilesInterpolateBetweenNeighbours() {
        double[] sorted = IntStream.rangeClosed(1, 5).asDoubleStream().toArray();

        assertThat(GroupChart.quantile(sorted, 0.25)).isEqualTo(2.0);
        assertThat(GroupChart.quantile(new double[] {1, 2}, 0.5)).isCloseTo(1.5, within(1e-9));
        assertThat(GroupChart.quantile(new double[] {7}, 0.75)).isEqualTo(7.0);
    }
}
