package studybot.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Pictures are PNGs of a fixed width, a panel high each, under the size limit; without fonts there is none. */
class ChartRendererTest {

    /** The eight bytes every PNG file starts with. */
    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private static final List<String> WEEKS = List.of("18 Oct", "25 Oct", "1 Nov", "8 Nov", "15 Nov", "22 Nov");

    @Test
    void linesOverABandAndBarsBecomeOnePngPanelsStacked() throws IOException {
        ChartRenderer renderer = new ChartRenderer(FontCheck.system());

        byte[] png = renderer.png(List.of(groupPanel(8), barsPanel())).orElseThrow();

        assertThat(Arrays.copyOf(png, 8)).isEqualTo(PNG_SIGNATURE);
        assertThat(png.length).isLessThanOrEqualTo(ChartRenderer.MAX_BYTES);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(distinctColours(image)).as("something was drawn").isGreaterThan(20);
    }

    @Test
    void aWeekWithoutValuesIsAGapNotAFailure() {
        List<Double> accuracy = List.of(50.0, Double.NaN, 75.0, Double.NaN, Double.NaN, 100.0);
        ChartPanel panel = new ChartPanel.Lines(
                "Accuracy per week",
                "% right",
                WEEKS,
                List.of(new Series("accuracy", accuracy, Series.Look.BOLD)),
                Optional.empty(),
                Optional.of(100.0));

        assertThat(new ChartRenderer(FontCheck.system()).png(List.of(panel))).isPresent();
    }

    @Test
    void withoutFontsThereIsNoPicture() {
        ChartRenderer renderer = new ChartRenderer(() -> false);

        assertThat(renderer.png(List.of(groupPanel(3)))).isEmpty();
    }

    @Test
    void aSeriesMustHaveAValueForEveryLabel() {
        assertThatThrownBy(() -> new ChartPanel.Bars("t", "y", WEEKS, new Series("short", List.of(1.0, 2.0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("short has 2 values for 6 labels");
    }

    @Test
    void theSystemHasFontsHere() {
        assertThat(FontCheck.system().canDrawText()).isTrue();
    }

    /** A group's chart as {@code /progress group} draws it: the plan, the median, the middle half, some members. */
    static ChartPanel groupPanel(int members) {
        List<Series> lines = new ArrayList<>();
        lines.add(new Series("the plan", List.of(0.0, 4.0, 8.0, 12.0, 16.0, 20.0), Series.Look.DASHED));
        lines.add(new Series("median member", List.of(0.0, 3.0, 6.0, 9.0, 11.0, 14.0), Series.Look.BOLD));
        for (int m = 1; m <= members; m++) {
            int pace = m;
            lines.add(new Series(
                    "member " + m,
                    IntStream.range(0, WEEKS.size())
                            .mapToObj(week -> (double) week * (2 + pace % 4))
                            .toList()));
        }
        return new ChartPanel.Lines(
                "Sections finished, last 6 weeks",
                "sections",
                WEEKS,
                lines,
                Optional.of(new Band(
                        "middle half",
                        List.of(0.0, 2.0, 4.0, 6.0, 8.0, 10.0),
                        List.of(0.0, 4.0, 8.0, 11.0, 14.0, 17.0))),
                Optional.empty());
    }

    static ChartPanel barsPanel() {
        return new ChartPanel.Bars(
                "Answers per week", "answers", WEEKS, new Series("answers", List.of(0.0, 3.0, 12.0, 7.0, 0.0, 21.0)));
    }

    private static long distinctColours(BufferedImage image) {
        return IntStream.range(0, image.getHeight())
                .flatMap(y -> IntStream.range(0, image.getWidth()).map(x -> image.getRGB(x, y)))
                .distinct()
                .count();
    }
}
