package studybot.chart;

import java.util.List;
import java.util.Objects;

/**
 * A named run of values, one per label of its panel's x axis. A value of {@link Double#NaN} is a gap (a week without
 * answers has no accuracy).
 *
 * @param look how a line is drawn: a plain member, the plan to compare with (dashed), or the group's median (bold)
 */
public record Series(String name, List<Double> values, Look look) {

    /** How a line stands out from the others. */
    public enum Look {
        PLAIN,
        DASHED,
        BOLD
    }

    public Series {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        Objects.requireNonNull(look, "look");
    }

    /** A plain series. */
    public Series(String name, List<Double> values) {
        this(name, values, Look.PLAIN);
    }
}
