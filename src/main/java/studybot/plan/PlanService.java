package studybot.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.i18n.Texts;
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
    private final ServerZones zones;
    private final Clock clock;
    private final PlanInput input = new PlanInput();
    /** The words of its refusals, which the admin reads in their own language ({@link PlanException#message}). */
    private final Texts texts = Texts.load("plan");
    /** The edition each server's plan was last resolved against, until it is resolved against another. */
    private final Map<Long, Library> seen = new HashMap<>();

    /**
     * @param library the book each server reads ({@code 0}: the console); asked on every call, so a reloaded or newly
     *     chosen book is picked up
     * @param zones the timezone each server's days are counted in
     */
    public PlanService(PlanStore store, LongFunction<Library> library, ServerZones zones, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.library = Objects.requireNonNull(library, "library");
        this.zones = Objects.requireNonNull(zones, "zones");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Starts a new plan today, replacing any the server had.
     *
     * @throws PlanException for an unknown start, a pace of 0 or over 50, or days that name no weekday
     */
    public synchronized PlanDay set(long serverId, String start, String pace, String days) throws PlanException {
        Library book = current(serverId);
        LocalDate today = localDate(serverId);
        ReadingPlan plan = ReadingPlan.starting(input.start(start, book), input.pace(pace, days, today), today);
        store.save(serverId, plan.keyedIn(book), clock.instant());
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
        Library book = current(serverId);
        return running(serverId, book).map(plan -> PlanDay.of(plan, book, date, zones.zoneOf(serverId)));
    }

    /** Whether the server has a plan that is switched off (as opposed to none at all). */
    public synchronized boolean isOff(long serverId) {
        return store.find(serverId)
                .filter(plan -> plan.state() == PlanState.OFF)
                .isPresent();
    }

    /** Freezes the plan from the end of today: today's reading still counts, later ones wait for resume. */
    public synchronized PlanDay pause(long serverId) throws PlanException {
        return change(serverId, "paused", plan -> {
            if (plan.state() == PlanState.PAUSED) {
                throw refusal("problem.alreadyPaused");
            }
            return plan.paused(localDate(serverId));
        });
    }

    /** Runs the plan again from today; the paused days shift the rest of the schedule. */
    public synchronized PlanDay resume(long serverId) throws PlanException {
        return change(serverId, "resumed", plan -> {
            if (plan.state() == PlanState.ACTIVE) {
                throw refusal("problem.notPaused");
            }
            return plan.resumed(localDate(serverId));
        });
    }

    /** Moves the plan one reading ahead: the next reading becomes the current one. */
    public synchronized PlanDay skip(long serverId) throws PlanException {
        return change(serverId, "skipped a reading", plan -> {
            if (PlanDay.of(plan, seen.get(serverId), localDate(serverId), zones.zoneOf(serverId))
                    .finished()) {
                throw refusal("problem.atEnd");
            }
            return plan.movedBy(1);
        });
    }

    /** Moves the plan one reading back: the previous reading becomes the current one again. */
    public synchronized PlanDay back(long serverId) throws PlanException {
        return change(serverId, "went back a reading", plan -> {
            long current = plan.readingOn(localDate(serverId));
            if (PlanUnits.of(seen.get(serverId), plan).reading(current - 1).isEmpty()) {
                throw refusal("problem.atStart");
            }
            return plan.movedBy(-1);
        });
    }

    /** Switches the plan off; {@code /plan set} starts a new one. */
    public synchronized void off(long serverId) throws PlanException {
        ReadingPlan plan = running(serverId, current(serverId)).orElseThrow(() -> refusal("problem.noPlan"));
        store.save(serverId, plan.switchedOff(), clock.instant());
        log.info("Server {}: reading plan switched off", serverId);
    }

    /** Forgets the server's plan, for when studybot leaves it. */
    public synchronized void removeServer(long serverId) {
        store.remove(serverId);
        seen.remove(serverId);
        log.info("Server {}: reading plan removed", serverId);
    }

    /** The server's local date, in the zone its daily post uses. */
    public LocalDate localDate(long serverId) {
        return clock.instant().atZone(zones.zoneOf(serverId)).toLocalDate();
    }

    private PlanDay change(long serverId, String what, PlanChange change) throws PlanException {
        Library book = current(serverId);
        ReadingPlan plan = running(serverId, book).orElseThrow(() -> refusal("problem.noPlan"));
        ReadingPlan changed = change.apply(plan);
        store.save(serverId, changed, clock.instant());
        log.info("Server {}: reading plan {}", serverId, what);
        return PlanDay.of(changed, book, localDate(serverId), zones.zoneOf(serverId));
    }

    /**
     * The server's plan unless it is off: its anchor found by key in {@code book} (a reload, even before a restart, may
     * have renumbered it), then re-anchored at today's reading if that moved since it was stored.
     */
    private Optional<ReadingPlan> running(long serverId, Library book) {
        return store.find(serverId)
                .filter(plan -> plan.state() != PlanState.OFF)
                .map(plan -> saveIfChanged(
                        serverId,
                        plan,
                        stored -> stored.locatedIn(book)
                                .rebased(book, localDate(serverId))
                                .keyedIn(book)));
    }

    /**
     * The edition the server reads, after re-anchoring its plan in the edition before it if that changed since the plan
     * was last resolved. An edition replaced is held here only until each server that resolved its plan against it does
     * so again (the daily post does, daily).
     */
    private Library current(long serverId) {
        Library now = library.apply(serverId);
        Library before = seen.put(serverId, now);
        if (before != null && before != now) {
            store.find(serverId)
                    .filter(plan -> plan.state() != PlanState.OFF)
                    .ifPresent(plan ->
                            saveIfChanged(serverId, plan, stored -> stored.rebased(before, localDate(serverId))));
        }
        return now;
    }

    private ReadingPlan saveIfChanged(long serverId, ReadingPlan plan, UnaryOperator<ReadingPlan> change) {
        ReadingPlan changed = change.apply(plan);
        if (!changed.equals(plan)) {
            store.save(serverId, changed, clock.instant());
        }
        return changed;
    }

    /** One change to a plan, which may refuse. */
    @FunctionalInterface
    private interface PlanChange {
        ReadingPlan apply(ReadingPlan plan) throws PlanException;
    }

    private PlanException refusal(String key) {
        return new PlanException(texts, key, Map.of());
    }
}
