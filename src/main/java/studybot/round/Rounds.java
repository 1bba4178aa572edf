package studybot.round;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.book.ServerBooks;
import studybot.command.Place;
import studybot.concurrent.DaemonThreads;
import studybot.i18n.PublicLocales;
import studybot.i18n.Texts;
import studybot.plan.PlanService;
import studybot.progress.SqlReadMarkStore;
import studybot.quiz.DroppedQuestions;
import studybot.quiz.learning.QuizReviews;
import studybot.quiz.review.SqlReviewStore;
import studybot.server.ServerZones;
import studybot.sharing.SqlShareOptInStore;
import studybot.store.ProcessIds;
import studybot.store.Store;
import studybot.store.StoreException;

/**
 * Rounds built from their parts over the bot's store, for any transport: the {@link RoundService} {@code /round}
 * answers from, and a timer thread that moves this process's due rounds on (a pass every {@link #PASS} while any round
 * runs, checking the injected clock, so deadlines follow that clock; otherwise a look every {@link #IDLE_LOOK} for a
 * round another process over the same store left behind). The timer only reads and renews the store; each due round's
 * step, which waits for its messages, runs on {@link RoundSteps}, so a slow or failing channel delays only its own
 * round. Where messages go is the transport's {@link RoundChannel}.
 */
public final class Rounds {

    /** How often running rounds are checked for a due step: deadlines are kept to within this. */
    static final Duration PASS = Duration.ofMillis(250);
    /**
     * How long stopping waits for a step under way (a post waiting for Discord) before interrupting it, and then for an
     * interrupted step to end.
     */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    /**
     * How many rounds' steps may wait for Discord at once before another round's step waits for a thread. A waiting
     * step costs a thread and no CPU; more channels failing at once than this is an outage of Discord's, which delays
     * every round anyway.
     */
    private static final int STEP_THREADS = 8;
    /**
     * How often a pass looks at the rounds while none runs and nothing woke the timer: a round another process started
     * and then left (it stopped or died) is taken over within this after its lease ran out.
     */
    private static final Duration IDLE_LOOK = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(Rounds.class);

    private final RoundService service;
    private final ScheduledExecutorService timer;
    private final RoundSteps steps;
    private final Clock clock;
    private final AtomicLong wakes = new AtomicLong(1);
    private volatile LongPredicate owned = server -> false;
    /**
     * The wake count when a pass last found no round running: passes are skipped until the next wake, or
     * {@link #idleUntil}.
     */
    private volatile long idleAt;
    /** When a pass looks again though nothing woke the timer. */
    private volatile Instant idleUntil = Instant.MIN;

    private Rounds(RoundService service, ScheduledExecutorService timer, RoundSteps steps, Clock clock) {
        this.service = service;
        this.timer = timer;
        this.steps = steps;
        this.clock = clock;
    }

    /**
     * Rounds over {@code store}; nothing runs until {@link #start}.
     *
     * @param store opened with {@link RoundStore#MIGRATIONS} and the quiz's, plans', read marks', sharing's and the
     *     servers' time zones'
     * @param books the book each server reads; a round's questions come from whichever edition of its server's book is
     *     current
     * @param plans each server's reading plan, where rounds take their cards from by default
     * @param dataBooks which book each server's read marks and quiz reviews belong to (the shelf's id of the book it
     *     reads): a round's answers count for that book's schedule
     * @param sharing who may be named in reveals and scoreboards
     * @param zones each server's time zone, for what a member's day is when an answer is reviewed
     * @param channel where round messages are posted and edited
     * @param dropped the questions each server's members reported away, never asked in its rounds
     * @param texts the {@code round} bundle
     * @param publicLocales the language of each server's round messages
     */
    public static Rounds over(
            Store store,
            ServerBooks books,
            PlanService plans,
            Function<Place, String> dataBooks,
            SqlShareOptInStore sharing,
            ServerZones zones,
            Clock clock,
            RoundChannel channel,
            DroppedQuestions dropped,
            Texts texts,
            PublicLocales publicLocales) {
        RoundSteps steps = RoundSteps.onThreads(STEP_THREADS);
        RoundService service = new RoundService(
                new SqlRoundStore(store, ProcessIds.fresh()),
                books,
                new RoundCards(plans, new SqlReadMarkStore(store), dataBooks, dropped, clock),
                new QuizReviews(new SqlReviewStore(store), sharing, zones, dataBooks, clock),
                sharing,
                new RetryingRoundChannel(
                        channel, RetryingRoundChannel.PAUSES, duration -> Thread.sleep(duration.toMillis())),
                RoundRules.DEFAULT,
                texts,
                publicLocales,
                clock,
                steps);
        return new Rounds(
                service,
                Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("studybot-rounds")),
                steps,
                clock);
    }

    /** What {@code /round} answers from. */
    public RoundService service() {
        return service;
    }

    /** Has the timer look at the rounds again: {@code /round} calls it after a start is asked for. */
    public void wake() {
        wakes.incrementAndGet();
    }

    /**
     * Carries on (or ends) the rounds a restart interrupted, or whose process stopped, then moves this process's rounds
     * on as they come due, for the servers {@code ownsServer} says this process serves.
     */
    public void start(LongPredicate ownsServer) {
        owned = ownsServer;
        wakes.incrementAndGet();
        timer.scheduleWithFixedDelay(this::pass, 0, PASS.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops the timer first, so no step is handed over after, then the steps: those under way get {@link #STOP_GRACE}
     * to finish, then are interrupted and waited for again ({@link RoundSteps#stop}), so none is left to use the store,
     * which closes next, and no thread of theirs is left. Then it lets go of this process's rounds: a round under way
     * carries on in the next process to start (or one still running over the same store).
     */
    public void stop() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
        steps.stop(STOP_GRACE);
        try {
            service.release();
        } catch (StoreException e) {
            LOG.debug("Could not let go of this process's rounds: {}", e.toString());
        }
    }

    /** A wake during the pass leaves the count moved on, so a round started meanwhile is never missed. */
    private void pass() {
        long seen = wakes.get();
        Instant now = clock.instant();
        if (seen == idleAt && now.isBefore(idleUntil)) {
            return;
        }
        try {
            if (!service.runDue(owned)) {
                idleAt = seen;
                idleUntil = now.plus(IDLE_LOOK);
            }
        } catch (StoreException e) {
            LOG.debug("Rounds wait for the store: {}", e.toString());
        } catch (RuntimeException e) {
            LOG.error("A pass over the rounds failed; it is tried again on the next", e);
        }
    }
}
