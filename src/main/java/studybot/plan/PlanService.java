package studybot.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.i18n.Texts;
import studybot.library.BookExample;
import studybot.library.Library;
import studybot.server.ServerZones;

/**
 * Each server's reading plan: setting it, moving it, and resolving it against the book the server reads on the server's
 * local date.
 *
 * <p>Plans are positions, not lists of sections, so they survive reloads: whenever the edition a server reads has
 * changed since its plan was last resolved, the plan is first re-anchored ({@link ReadingPlan#rebased}) at its current
 * reading in the edition it was last resolved against. Edits behind the group then cannot move it, a section added
 * ahead joins the plan, and a removed one is skipped. A plan is also re-anchored at its current reading once a day,
 * which keeps that true across a restart with edited seeds except for edits made in the last day.
 */
public final class PlanService {

    private static final Logger log = LoggerFactory.getLogger(PlanService.class);

    private final PlanStore store;
    private final LongFunction<Library> library;
    private final LongFunction<String> books;
    private final ServerZones zones;
    private final Clock clock;
    private final PlanInput input = new PlanInput();
    /** The words of its refusals, which the admin reads in their own language ({@link PlanException#message}). */
    private final Texts texts = Texts.load("plan");
    /** The edition each server's plan of a book was last resolved against, until it is resolved against another. */
    private final Map<PlanKey, Library> seen = new HashMap<>();

    /**
     * @param library the book each server reads ({@code 0}: the console); asked on every call, so a reloaded or newly
     *     chosen book is picked up
     * @param books which book each server's plan belongs to, asked with {@code library}: the shelf's id of the book it
     *     reads; a server keeps a plan per book, so switching back resumes one
     * @param zones the timezone each server's days are counted in
     */
    public PlanService(
            PlanStore store,
            LongFunction<Library> library,
            LongFunction<String> books,
            ServerZones zones,
            Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.library = Objects.requireNonNull(library, "library");
        this.books = Objects.requireNonNull(books, "books");
        this.zones = Objects.requireNonNull(zones, "zones");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Starts a new plan today, replacing any the server had.
     *
     * @throws PlanException for an unknown start, a pace of 0 or over 50, or days that name no weekday
     */
    public synchronized PlanDay set(long serverId, String start, String pace, String days) throws PlanException {
        PlanKey key = key(serverId);
        Library book = current(key);
        LocalDate today = localDate(serverId);
        ReadingPlan plan = ReadingPlan.starting(input.start(start, book), input.pace(pace, days, today), today);
        store.save(serverId, key.book(), plan.keyedIn(book), clock.instant());
        log.info(
                "Server {}: reading plan set from {} at {}",
                serverId,
                plan.start(),
                plan.pace().describe());
        return PlanDay.of(plan, book, today, zones.zoneOf(serverId));
    }

    /** The server's plan today, when it has one that is on (active or paused). */
    public Optional<PlanDay> today(long serverId) {
        return on(serverId, localDate(serverId));
    }

    /** The server's plan on {@code date}, when it has one that is on (active or paused). */
    public synchronized Optional<PlanDay> on(long serverId, LocalDate date) {
        PlanKey key = key(serverId);
        Library book = current(key);
        return running(key, book).map(plan -> PlanDay.of(plan, book, date, zones.zoneOf(serverId)));
    }

    /** Whether the server has a plan that is switched off (as opposed to none at all). */
    public synchronized boolean isOff(long serverId) {
        return store.find(serverId, books.apply(serverId))
                .filter(plan -> plan.state() == PlanState.OFF)
                .isPresent();
    }

    /** Freezes the plan from the end of today: today's reading still counts, later ones wait for resume. */
    public synchronized PlanDay pause(long serverId) throws PlanException {
        return change(serverId, "paused", (key, plan) -> {
            if (plan.state() == PlanState.PAUSED) {
                throw refusal("problem.alreadyPaused");
            }
            return plan.paused(localDate(serverId));
        });
    }

    /** Runs the plan again from today; the paused days shift the rest of the schedule. */
    public synchronized PlanDay resume(long serverId) throws PlanException {
        return change(serverId, "resumed", (key, plan) -> {
            if (plan.state() == PlanState.ACTIVE) {
                throw refusal("problem.notPaused");
            }
            return plan.resumed(localDate(serverId));
        });
    }

    /** Moves the plan one reading ahead: the next reading becomes the current one. */
    public synchronized PlanDay skip(long serverId) throws PlanException {
        return change(serverId, "skipped a reading", (key, plan) -> {
            if (PlanDay.of(plan, seen.get(key), localDate(serverId), zones.zoneOf(serverId))
                    .finished()) {
                throw refusal("problem.atEnd");
            }
            return plan.movedBy(1);
        });
    }

    /** Moves the plan one reading back: the previous reading becomes the current one again. */
    public synchronized PlanDay back(long serverId) throws PlanException {
        return change(serverId, "went back a reading", (key, plan) -> {
            long current = plan.readingOn(localDate(serverId));
            if (PlanUnits.of(seen.get(key), plan).reading(current - 1).isEmpty()) {
                throw refusal("problem.atStart");
            }
            return plan.movedBy(-1);
        });
    }

    /** Switches the plan off; {@code /plan set} starts a new one. */
    public synchronized void off(long serverId) throws PlanException {
        PlanKey key = key(serverId);
        ReadingPlan plan = running(key, current(key)).orElseThrow(() -> refusal("problem.noPlan"));
        store.save(serverId, key.book(), plan.switchedOff(), clock.instant());
        log.info("Server {}: reading plan switched off", serverId);
    }

    /** Forgets the server's plans of every book, for when studybot leaves it. */
    public synchronized void removeServer(long serverId) {
        store.removeServer(serverId);
        seen.keySet().removeIf(key -> key.server() == serverId);
        log.info("Server {}: reading plans removed", serverId);
    }

    /** The ids of the books the server has a plan of. */
    public Set<String> booksPlanned(long serverId) {
        return store.books(serverId);
    }

    /** Forgets the server's plan of one book, for when the book is removed there. */
    public synchronized void removeBook(long serverId, String book) {
        store.remove(serverId, book);
        seen.remove(new PlanKey(serverId, book));
        log.info("Server {}: reading plan of book {} removed", serverId, book);
    }

    /** The server's local date, in the zone its daily post uses. */
    public LocalDate localDate(long serverId) {
        return clock.instant().atZone(zones.zoneOf(serverId)).toLocalDate();
    }

    private PlanDay change(long serverId, String what, PlanChange change) throws PlanException {
        PlanKey key = key(serverId);
        Library book = current(key);
        ReadingPlan plan = running(key, book).orElseThrow(() -> refusal("problem.noPlan"));
        ReadingPlan changed = change.apply(key, plan);
        store.save(serverId, key.book(), changed, clock.instant());
        log.info("Server {}: reading plan {}", serverId, what);
        return PlanDay.of(changed, book, localDate(serverId), zones.zoneOf(serverId));
    }

    /**
     * The server's plan unless it is off: its anchor found by key in {@code book} (a reload, even before a restart, may
     * have renumbered it), then re-anchored at today's reading if that moved since it was stored.
     */
    private Optional<ReadingPlan> running(PlanKey key, Library book) {
        return store.find(key.server(), key.book())
                .filter(plan -> plan.state() != PlanState.OFF)
                .map(plan -> saveIfChanged(
                        key,
                        plan,
                        stored -> stored.locatedIn(book)
                                .rebased(book, localDate(key.server()))
                                .keyedIn(book)));
    }

    /** The example section and chapter a reply about {@code serverId}'s plan gives: from the book it reads. */
    public BookExample example(long serverId) {
        return BookExample.of(library.apply(serverId));
    }

    /**
     * The edition the server reads, after re-anchoring its plan in the edition before it if that changed since the plan
     * was last resolved. An edition replaced is held here only until each server that resolved its plan against it does
     * so again (the daily post does, daily).
     */
    private Library current(PlanKey key) {
        Library now = library.apply(key.server());
        Library before = seen.put(key, now);
        if (before != null && before != now) {
            store.find(key.server(), key.book())
                    .filter(plan -> plan.state() != PlanState.OFF)
                    .ifPresent(plan ->
                            saveIfChanged(key, plan, stored -> stored.rebased(before, localDate(key.server()))));
        }
        return now;
    }

    private PlanKey key(long serverId) {
        return new PlanKey(serverId, books.apply(serverId));
    }

    private ReadingPlan saveIfChanged(PlanKey key, ReadingPlan plan, UnaryOperator<ReadingPlan> change) {
        ReadingPlan changed = change.apply(plan);
        if (!changed.equals(plan)) {
            store.save(key.server(), key.book(), changed, clock.instant());
        }
        return changed;
    }

    /** A server's plan of one book. */
    private record PlanKey(long server, String book) {}

    /** One change to a plan, which may refuse. */
    @FunctionalInterface
    private interface PlanChange {
        ReadingPlan apply(PlanKey key, ReadingPlan plan) throws PlanException;
    }

    private PlanException refusal(String key) {
        return new PlanException(texts, key, Map.of());
    }
}
