package studybot;

import java.time.Clock;
import java.util.List;
import java.util.SplittableRandom;
import studybot.book.CurrentBook;
import studybot.config.StudybotConfig;
import studybot.library.LibraryException;
import studybot.stats.ConnectionInfo;
import studybot.stats.TipCounts;
import studybot.tip.MemoryTipRotation;

/**
 * A studybot with the book's features alone and no store, its first edition loaded: what tests and benchmarks of
 * the book's commands on Discord need, without the store the bot and the console open.
 */
public final class StoreFreeStudybot {

    private StoreFreeStudybot() {
    }

    /** Ready to answer; {@code /tip}'s rotation is kept in memory. */
    public static Studybot load(StudybotConfig config, Clock clock, ConnectionInfo connection, TipCounts tips)
            throws LibraryException {
        Studybot studybot = Studybot.create(config, clock, new CurrentBook(), connection, tips,
                new MemoryTipRotation(new SplittableRandom()), List.of());
        studybot.loadBook();
        return studybot;
    }
}
