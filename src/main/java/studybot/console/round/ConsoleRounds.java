package studybot.console.round;

import java.io.PrintStream;
import java.time.Clock;
import java.util.function.Supplier;
import studybot.book.Book;
import studybot.command.Feature;
import studybot.console.ConsoleRenderer;
import studybot.plan.PlanService;
import studybot.round.Rounds;
import studybot.sharing.StoredShareOptIns;
import studybot.store.Store;

/**
 * {@code /round} in the console: rounds run as on Discord, their messages printed to the console's output as they
 * come due, with the deadline shown and {@code /press} to answer. A round the console left running carries on (or
 * ends) when it starts again.
 */
public final class ConsoleRounds {

    private ConsoleRounds() {
    }

    /**
     * Starts the console's rounds over {@code store} and returns {@code /round} for the registry.
     *
     * @param out where round messages are printed, the console's own output
     */
    public static Feature started(Store store, Supplier<Book> book, PlanService plans, StoredShareOptIns sharing,
                                  Clock clock, PrintStream out, ConsoleRenderer renderer) {
        Rounds rounds = Rounds.over(store, book, plans, sharing, clock, new ConsoleRoundChannel(out, renderer));
        rounds.start(server -> true);
        return rounds.feature();
    }
}
