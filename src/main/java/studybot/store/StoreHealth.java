package studybot.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.i18n.Languages;
import studybot.i18n.Texts;
import studybot.i18n.Wording;

/**
 * Whether the store currently takes writes. A store that stops taking them (made read-only, disk full, server gone) is
 * reported once in the log, not on every retry, and shown to admins in {@code /tips status} and {@code /stats}; the
 * first write that goes through again clears it, with one line saying so.
 */
public final class StoreHealth {

    private static final Logger log = LoggerFactory.getLogger(StoreHealth.class);
    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private static final Texts TEXTS = Texts.load("store");

    private final String store;
    private final Clock clock;
    private final AtomicReference<Fault> fault = new AtomicReference<>();
    private volatile boolean watching;

    private record Fault(Wording reason, Instant since) {}

    public StoreHealth(String store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** What is wrong with the store, for admins, in English; empty while writes go through. */
    public Optional<String> problem() {
        return problem(Languages.ENGLISH);
    }

    /** What is wrong with the store, for admins, in {@code reader}'s language; empty while writes go through. */
    public Optional<String> problem(Locale reader) {
        return wording().map(problem -> problem.in(reader));
    }

    /** What is wrong with the store, to be worded for whoever reads it; empty while writes go through. */
    public Optional<Wording> wording() {
        return Optional.ofNullable(fault.get())
                .map(current -> new Wording(
                        TEXTS,
                        "unwritable",
                        Map.of("since", UTC_TIME.format(current.since()), "reason", current.reason())));
    }

    /** Starts reporting faults: before this (while the store opens) a fault stops startup instead. */
    void watch() {
        watching = true;
    }

    /** {@code reason} as the store's driver said it (in English), for {@link #unwritable}. */
    static Wording asSaid(String reason) {
        return new Wording(TEXTS, "reason", Map.of("reason", reason));
    }

    /** The store refused a write for {@code reason}, worded for whoever reads it ({@link FullDisk}'s, say). */
    void unwritable(Wording reason) {
        if (!watching) {
            return;
        }
        Fault next = new Fault(reason, clock.instant());
        if (fault.compareAndSet(null, next)) {
            log.error(
                    "Store {} cannot be written: {}. Nothing is lost that was acknowledged; studybot retries and"
                            + " recovers by itself once the store takes writes again.",
                    store,
                    reason);
        } else {
            // the latest cause is the one to show (a cut connection first, then the server refusing), since when
            // stays the first failure's
            fault.updateAndGet(current -> current == null ? next : new Fault(reason, current.since()));
            log.debug("Store {} still cannot be written: {}", store, reason);
        }
    }

    void wrote() {
        Fault previous = fault.getAndSet(null);
        if (previous != null) {
            log.info("Store {} takes writes again (unwritable since {})", store, UTC_TIME.format(previous.since()));
        }
    }
}
