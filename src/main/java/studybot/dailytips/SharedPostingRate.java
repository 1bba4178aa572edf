package studybot.dailytips;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import studybot.store.Migrations;
import studybot.store.Sql;
import studybot.store.Store;

/**
 * The bot's request budget shared by every process through the store, as one virtual-time schedule (the generic cell
 * rate algorithm): row {@code discord_rate.global} holds the earliest instant (microseconds since the epoch) a further
 * request may go out. A process reserves a batch of consecutive send slots with a single atomic {@code UPDATE ...
 * RETURNING} (so two processes can never be handed the same slot) and then spends them locally, one every {@code 1 /
 * perSecond}.
 *
 * <p>Why through the store rather than each process taking its fraction of the limit: processes do not see each other's
 * load, a range that is busy can use what an idle one leaves, and a process started with an overlapping range during a
 * rolling restart still draws from the same budget. The cost is one round trip per batch; unused slots of a batch lapse
 * (at most one batch, {@code batch / perSecond}, per process). Time is wall-clock milliseconds, so the processes'
 * clocks must agree to well under a slot (NTP does).
 */
public final class SharedPostingRate implements PostingRate {

    /** The table holding the shared schedule. */
    public static final String TABLE = "discord_rate";

    /** The shared schedule's table, in {@code db/discord_rate/<dialect>}. */
    public static final Migrations MIGRATIONS = new Migrations("discord_rate", "db/discord_rate");

    private final Store database;
    private final Clock clock;
    private final long slotMicros;
    private final int batch;
    private long nextSlotMicros;
    private int slotsLeft;

    /**
     * @param clock wall-clock time, shared with the other processes (not a test's shifted scheduling clock)
     * @param perSecond requests per second for the whole bot
     * @param batch slots reserved per round trip to the store
     */
    public SharedPostingRate(Store database, Clock clock, double perSecond, int batch) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (perSecond <= 0 || batch < 1) {
            throw new IllegalArgumentException("perSecond and batch must be positive");
        }
        this.slotMicros = Math.round(1_000_000 / perSecond);
        this.batch = batch;
    }

    /** Discord's global limit with batches of 10: one store round trip per 10 posts, slots reserved 0.2 s ahead. */
    public static SharedPostingRate discordGlobal(Store database, Clock clock) {
        return new SharedPostingRate(database, clock, 50, 10);
    }

    @Override
    public void acquire() throws InterruptedException {
        long slot = nextSlot();
        long waitMicros = slot - nowMicros();
        if (waitMicros > 0) {
            Thread.sleep(waitMicros / 1000, (int) (waitMicros % 1000) * 1000);
        }
    }

    private synchronized long nextSlot() {
        if (slotsLeft == 0 || nextSlotMicros + slotMicros * 2 < nowMicros()) {
            nextSlotMicros = reserve();
            slotsLeft = batch;
        }
        slotsLeft--;
        long slot = nextSlotMicros;
        nextSlotMicros += slotMicros;
        return slot;
    }

    /** Reserves {@code batch} slots in the shared schedule and returns the first. */
    private long reserve() {
        long now = nowMicros();
        long span = slotMicros * batch;
        long end = database.inTransaction(connection -> Sql.on(connection)
                .query("""
                        UPDATE discord_rate
                        SET next_free_at = CASE WHEN next_free_at > ? THEN next_free_at ELSE ? END + ?
                        WHERE name = 'global'
                        RETURNING next_free_at""", now, now, span)
                .optional(row -> row.getLong(1))
                .orElseThrow(() -> new IllegalStateException("discord_rate has no 'global' row")));
        return end - span;
    }

    private long nowMicros() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    }
}
