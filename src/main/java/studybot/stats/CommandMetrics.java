package studybot.stats;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts and handler times of every command handled since startup, for {@code /stats}. Recording is called on
 * every interaction from any thread, so it is lock-free: a map lookup and one atomic increment. Memory is bounded:
 * each command takes a fixed-size histogram per outcome, and names beyond the first {@value #MAX_COMMANDS} are
 * counted together as {@value #OTHER}.
 */
public final class CommandMetrics {

    /** Distinct command names tracked one by one; far more than studybot registers. */
    public static final int MAX_COMMANDS = 32;
    /** Where names beyond {@link #MAX_COMMANDS} are counted. */
    public static final String OTHER = "other";

    private final Map<String, Histograms> byCommand = new ConcurrentHashMap<>();

    /** Records that {@code command} was handled in {@code handlerNanos} and ended with {@code outcome}. */
    public void record(String command, Outcome outcome, long handlerNanos) {
        histograms(command)[outcome.ordinal()].record(handlerNanos);
    }

    /** Records a handled interaction, the same record {@link InteractionLog} logs. */
    public void record(Interaction interaction) {
        record(interaction.command(), interaction.outcome(), interaction.handlerNanos());
    }

    /** Figures for every command handled so far, most handled first (ties by name). */
    public List<CommandFigures> figures() {
        List<CommandFigures> figures = new ArrayList<>();
        byCommand.forEach((command, histograms) -> figures.add(histograms.figures(command)));
        figures.sort(Comparator.comparingLong(CommandFigures::count).reversed()
                .thenComparing(CommandFigures::command));
        return List.copyOf(figures);
    }

    private LatencyHistogram[] histograms(String command) {
        Histograms found = byCommand.get(command);
        if (found != null) {
            return found.byOutcome;
        }
        String name = byCommand.size() < MAX_COMMANDS ? command : OTHER;
        return byCommand.computeIfAbsent(name, ignored -> new Histograms()).byOutcome;
    }

    /** One command's handler times, a histogram per outcome. */
    private static final class Histograms {
        private final LatencyHistogram[] byOutcome = new LatencyHistogram[Outcome.values().length];

        Histograms() {
            for (int i = 0; i < byOutcome.length; i++) {
                byOutcome[i] = new LatencyHistogram();
            }
        }

        CommandFigures figures(String command) {
            long[] all = new long[LatencyHistogram.BUCKETS];
            Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
            long count = 0;
            for (Outcome outcome : Outcome.values()) {
                long[] counts = byOutcome[outcome.ordinal()].counts();
                long ofOutcome = 0;
                for (int i = 0; i < counts.length; i++) {
                    all[i] += counts[i];
                    ofOutcome += counts[i];
                }
                outcomes.put(outcome, ofOutcome);
                count += ofOutcome;
            }
            return new CommandFigures(command, count, outcomes, percentile(all, 0.50), percentile(all, 0.99));
        }

        private static Duration percentile(long[] counts, double fraction) {
            return Duration.ofNanos(LatencyHistogram.percentile(counts, fraction).orElse(0L));
        }
    }
}
