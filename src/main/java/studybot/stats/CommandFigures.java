package studybot.stats;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How one command has fared since startup.
 *
 * @param command the command's name, e.g. {@code section}
 * @param count times it was handled
 * @param outcomes how many ended each way; every outcome is present, zero if it never happened
 * @param p50 median handler time, within about 1% (see {@link CommandMetrics})
 * @param p99 99th-percentile handler time, within about 1%
 */
public record CommandFigures(String command, long count, Map<Outcome, Long> outcomes, Duration p50, Duration p99) {

    public CommandFigures {
        Objects.requireNonNull(command, "command");
        outcomes = Map.copyOf(outcomes);
        Objects.requireNonNull(p50, "p50");
        Objects.requireNonNull(p99, "p99");
    }

    public long countOf(Outcome outcome) {
        return outcomes.getOrDefault(outcome, 0L);
    }
}
