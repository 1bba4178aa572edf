package studybot.dailytips;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import studybot.i18n.Languages;
import studybot.library.SectionNumber;
import studybot.posting.Fanout;
import studybot.posting.RetryBackoff;
import studybot.posting.SharedPostingRate;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;
import studybot.tip.Tip;

/**
 * A daily-tip service over a real store (SQLite or PostgreSQL), a hand-moved clock and a fake Discord;
 * {@link #restart()} builds a new service over the same store the way a restarted bot would, abandoning the old one as
 * a crash would.
 */
final class DailyTipsFixture implements AutoCloseable {

    static final RetryBackoff BACKOFF = new RetryBackoff(Duration.ofSeconds(30), Duration.ofMinutes(10));
    static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    /** Requests per second: pacing is not what these tests are about. */
    static final double FAST = 10_000;
    /** How long a crashed process's claim keeps its post from being resumed. */
    static final Duration CLAIM = SEND_TIMEOUT.plus(Fanout.CLAIM_MARGIN);

    final MutableClock clock;
    final FakeTipChannel discord;
    final AtomicReference<List<Tip>> deck;
    private final TestStores stores;
    private final List<Store> opened = new ArrayList<>();
    private DailyTipService service;

    DailyTipsFixture(Dialect dialect, Path folder, Instant start, int tips) {
        this.stores = TestStores.of(dialect, folder);
        this.clock = new MutableClock(start);
        this.discord = new FakeTipChannel(clock);
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

    /**
     * The earliest moment the service has something to do for any server, empty when no server is active: what a
     * scheduler waking exactly when needed would use.
     */
    Optional<Instant> nextDue() {
        return service.serverIds().stream()
                .map(serverId -> service.status(serverId).nextPostEpochSecond())
                .filter(OptionalLong::isPresent)
                .map(next -> Instant.ofEpochSecond(next.getAsLong()))
                .min(Comparator.naturalOrder());
    }

    /** Where the store lives, to reopen it or to inject faults. */
    TestStores stores() {
        return stores;
    }

    /** The store the current service runs on. */
    Store store() {
        return opened.get(opened.size() - 1);
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
        Store store = stores.open(List.of(DailyTipService.MIGRATIONS, SharedPostingRate.MIGRATIONS));
        opened.add(store);
        return new DailyTipService(
                store,
                server -> deck.get(),
                (server, section) -> Optional.of("Section " + section),
                discord,
                clock,
                BACKOFF,
                everyServer(store),
                server -> Languages.ENGLISH);
    }

    /** One process posting for every server, at a shared rate fast enough not to slow a test down. */
    static Fanout everyServer(Store store) {
        return Fanout.of(server -> true, new SharedPostingRate(store, Clock.systemUTC(), FAST, 10), SEND_TIMEOUT);
    }

    @Override
    public void close() {
        opened.forEach(Store::close);
    }
}
