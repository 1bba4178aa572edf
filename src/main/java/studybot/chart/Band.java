package studybot.chart;

import java.util.List;
import java.util.Objects;

/**
 * A shaded range between two runs of values, such as the middle half of a group (its quartiles): one band says what a
 * line per member would, readably, however many members there are.
 */
public record Band(String name, List<Double> low, List<Double> high) {

    public Band {
        Objects.requireNonNull(name, "name");
        low = List.copyOf(low);
        high = List.copyOf(high);
        if (low.size() != high.size()) {
            throw new IllegalArgumentException("a band needs as many low values as high ones");
        }
    }
}
