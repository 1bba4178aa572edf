package studybot.stats;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Counts and handler times of every command handled since startup, kept as Micrometer meters so that {@code /stats} and
 * a Prometheus scrape read the same figures: a timer per command ({@value #TIMER}, with its median and 99th percentile)
 * and a counter per command and outcome ({@value #COUNTER}). Recording is called on every interaction from any thread;
 * Micrometer's meters are lock-free. The meters are bounded: names beyond the first {@value #MAX_COMMANDS} are counted
 * together as {@value #OTHER}.
 */
public final class CommandMetrics {

    /** Distinct command names tracked one by one; far more than studybot registers. */
    public static final int MAX_COMMANDS = 32;
    /** Where names beyond {@link #MAX_COMMANDS} are counted. */
    public static final String OTHER = "other";
    /** Handler times per command; Prometheus shows it as {@code studybot_command_seconds}. */
    public static final String TIMER = "studybot.command";
    /** Handled commands per command and outcome; Prometheus shows it as {@code studybot_commands_total}. */
    public static final String COUNTER = "studybot.commands";

    private static final double P50 = 0.50;
    private static final double P99 = 0.99;
    /** Two significant digits: a percentile is within 1% of the true value. */
    private static final int PRECISION = 2;
    /** The percentiles cover everything since startup, as {@code /stats} says, rather than a recent window. */
    private static final Duration SINCE_STARTUP = Duration.ofDays(36_500);

    private final MeterRegistry registry;
    private final Map<String, Meters> byCommand = new ConcurrentHashMap<>();

    /** Counts into {@code registry}, the one the metrics endpoint scrapes. */
    public CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records that {@code command} was handled in {@code handlerNanos} and ended with {@code outcome}. */
    public void record(String command, Outcome outcome, long handlerNanos) {
        Meters meters = meters(command);
        meters.timer.record(Math.max(0, handlerNanos), TimeUnit.NANOSECONDS);
        meters.outcomes.get(outcome).increment();
    }

    /** Records a handled interaction, the same record {@link InteractionLog} logs. */
    public void record(Interaction interaction) {
        record(interaction.command(), interaction.outcome(), interaction.handlerNanos());
    }

    /** Figures for every command handled so far, most handled first (ties by name). */
    public List<CommandFigures> figures() {
        List<CommandFigures> figures = new ArrayList<>();
        byCommand.forEach((command, meters) -> figures.add(meters.figures(command)));
        figures.sort(Comparator.comparingLong(CommandFigures::count).reversed().thenComparing(CommandFigures::command));
        return List.copyOf(figures);
    }

    private Meters meters(String command) {
        Meters found = byCommand.get(command);
        if (found != null) {
            return found;
        }
        String name = byCommand.size() < MAX_COMMANDS ? command : OTHER;
        return byCommand.computeIfAbsent(name, this::register);
    }

    private Meters register(String command) {
        Timer timer = Timer.builder(TIMER)
                .description("Time a command's handler took")
                .tag("command", command)
                .publishPercentiles(P50, P99)
                .percentilePrecision(PRECISION)
                .distributionStatisticExpiry(SINCE_STARTUP)
                .distributionStatisticBufferLength(1)
                .register(registry);
        Map<Outcome, Counter> outcomes = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(
                    outcome,
                    Counter.builder(COUNTER)
                            .description("Commands handled, by how they ended")
                            .tag("command", command)
                            .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                            .register(registry));
        }
        return new Meters(timer, outcomes);
    }

    /** One command's meters: its handler times and a count per outcome. */
    private record Meters(Timer timer, Map<Outcome, Counter> outcomes) {

        CommandFigures figures(String command) {
            Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
            long count = 0;
            for (Map.Entry<Outcome, Counter> outcome : outcomes.entrySet()) {
                long ofOutcome = Math.round(outcome.getValue().count());
                counts.put(outcome.getKey(), ofOutcome);
                count += ofOutcome;
            }
            ValueAtPercentile[] percentiles = timer.takeSnapshot().percentileValues();
            return new CommandFigures(command, count, counts, nanos(percentiles[0]), nanos(percentiles[1]));
        }

        /** The percentiles come in the order they were asked for: {@link #P50}, {@link #P99}. */
        private static Duration nanos(ValueAtPercentile percentile) {
            return Duration.ofNanos(Math.round(percentile.value(TimeUnit.NANOSECONDS)));
        }
    }
}
