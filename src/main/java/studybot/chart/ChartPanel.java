package studybot.chart;

import java.util.List;
import java.util.Optional;

/** One chart of a picture; a picture stacks its panels top to bottom, each over the same width. */
public sealed interface ChartPanel permits ChartPanel.Lines, ChartPanel.Bars {

    String title();

    /** The x axis's labels, one per value of every series of the panel. */
    List<String> xLabels();

    /**
     * Lines over the labels, optionally over a shaded band.
     *
     * @param yMax the top of the y axis (100 for a percentage), or empty to fit the values
     */
    record Lines(
            String title,
            String yTitle,
            List<String> xLabels,
            List<Series> lines,
            Optional<Band> band,
            Optional<Double> yMax)
            implements ChartPanel {

        public Lines {
            xLabels = List.copyOf(xLabels);
            lines = List.copyOf(lines);
            for (Series line : lines) {
                requireLength(line.values(), xLabels, line.name());
            }
            if (band.isPresent()) {
                requireLength(band.get().low(), xLabels, band.get().name());
            }
        }
    }

    /** One bar per label. */
    record Bars(String title, String yTitle, List<String> xLabels, Series bars) implements ChartPanel {

        public Bars {
            xLabels = List.copyOf(xLabels);
            requireLength(bars.values(), xLabels, bars.name());
        }
    }

    private static void requireLength(List<Double> values, List<String> xLabels, String name) {
        if (values.size() != xLabels.size()) {
            throw new IllegalArgumentException(
                    name + " has " + values.size() + " values for " + xLabels.size() + " labels");
        }
    }
}
