package studybot.stats;

import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/** Daily-tip figures for {@code /stats}, read each time it is asked; the daily tip service provides them. */
public interface TipCounts {

    /** Tips posted so far today, across servers, each server's day in its own time zone. */
    int tipsPostedToday();

    /** Servers whose daily tips are paused (for example after a permanent send failure). */
    int pausedServers();

    /** What keeps the store from taking writes, if anything (tips are not posted meanwhile). */
    default Optional<String> storeProblem() {
        return Optional.empty();
    }

    /**
     * Reads each figure from its own source, e.g. {@code TipCounts.of(service::tipsPostedToday,
     * service::pausedServers)}.
     */
    static TipCounts of(IntSupplier tipsPostedToday, IntSupplier pausedServers) {
        return of(tipsPostedToday, pausedServers, Optional::empty);
    }

    /** As {@link #of(IntSupplier, IntSupplier)}, with the store's problem. */
    static TipCounts of(
            IntSupplier tipsPostedToday, IntSupplier pausedServers, Supplier<Optional<String>> storeProblem) {
        return new TipCounts() {
            @Override
            public Optional<String> storeProblem() {
                return storeProblem.get();
            }

            @Override
            public int tipsPostedToday() {
                return tipsPostedToday.getAsInt();
            }

            @Override
            public int pausedServers() {
                return pausedServers.getAsInt();
            }
        };
    }

    /** When daily tips are not running, as in the offline console. */
    static TipCounts none() {
        return of(() -> 0, () -> 0);
    }
}
