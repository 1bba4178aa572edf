package studybot.dailytips;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import studybot.library.SectionNumber;
import studybot.store.Database;
import studybot.store.Schema;
import studybot.tip.Tip;

/**
 * A daily-tip service over a real database file, a hand-moved clock and a fake Discord; {@link #restart()} builds a
 * new service over the same file the way a restarted bot would, abandoning the old one as a crash would.
 */
final class DailyTipsFixture implements AutoCloseable {

    static final RetryBackoff BACKOFF = new RetryBackoff(Duration.ofSeconds(30), Duration.ofMinutes(10));
    static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    /** Requests per second: pacing is not what these tests are about. */
    static final double FAST = 10_000;
    /** How long a crashed process's claim keeps its post from being resumed. */
    static final Duration CLAIM = SEND_TIMEOUT.plus(Fanout.CLAIM_MARGIN);

    final MutableClock clock;
    final FakeDiscord discord;
    final AtomicReference<List<Tip>> deck;
    private final Path file;
    private final List<Database> opened = new ArrayList<>();
    private DailyTipService service;

    DailyTipsFixture(Path folder, Instant start, int tips) {
        this.file = folder.resolve("data/studybot.db");
        this.clock = new MutableClock(start);
        this.discord = new FakeDiscord(clock);
        this.deck = new AtomicReference<>(tips(tips));
        this.service = newService();
    }

    static List<Tip> tips(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new Tip("tip-" + i, "Tip number " + i, new SectionNumber(i, 1)))
                .toList();
    }

    static DailyTipSettings settings(long channelId, String time, String zone) {
        return new DailyTipSettings(channelId, LocalTime.parse(time), ZoneId.of(zone), true);
    }

    DailyTipService service() {
        return service;
    }

    DailyTipService restart() {
        service = newService();
        return service;
    }

    /** Moves the clock in {@code step}s up to and including {@code until}, running a pass at each. */
    void runUntil(Instant until, Duration step) {
        while (clock.instant().isBefore(until)) {
            clock.advance(step);
            service.runDue();
        }
    }

    private DailyTipService newService() {
        Database database = Database.open(file, Schema.MIGRATIONS);
        opened.add(database);
        return new DailyTipService(database, deck::get,
                section -> Optional.of("Section " + section), discord, clock, BACKOFF,
                Fanout.of(server -> true, new SharedPostingRate(database, Clock.systemUTC(), FAST, 10), SEND_TIMEOUT));
    }

    @Override
    public void close() {
        opened.forEach(Database::close);
    }
}
