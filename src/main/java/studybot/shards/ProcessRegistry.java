package studybot.shards;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import studybot.discord.ShardRange;
import studybot.stats.FleetFigures;
import studybot.store.Migrations;
import studybot.store.Store;

/**
 * A heartbeat row per running process in the shared store ({@code bot_processes}): its shard range and server count,
 * refreshed every {@link #BEAT}. Processes do not talk to each other; this is how {@code /stats} in any of them can
 * tell the totals over all of them, and notice shards nobody runs or that two processes run.
 */
public final class ProcessRegistry {

    /** The table holding a heartbeat row per process. */
    public static final String TABLE = "bot_processes";

    /** The registry's table, in {@code db/bot_processes/<dialect>}. */
    public static final Migrations MIGRATIONS = new Migrations("bot_processes", "db/bot_processes");

    /** How often a process refreshes its row. */
    public static final Duration BEAT = Duration.ofSeconds(15);
    /** A row not refreshed for this long belongs to a process that died without removing it. */
    static final Duration GONE_AFTER = BEAT.multipliedBy(3);

    private final Store database;
    private final Clock clock;
    private final String processId;
    private final Instant startedAt;

    public ProcessRegistry(Store database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.processId = ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.startedAt = clock.instant();
    }

    /** Records that this process is alive, running {@code range} with {@code servers} servers. */
    public void beat(ShardRange range, int servers) {
        Instant now = clock.instant();
        database.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO bot_processes
                        (process_id, shard_total, shard_from, shard_to, servers, started_at, seen_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (process_id) DO UPDATE SET
                        shard_total = excluded.shard_total, shard_from = excluded.shard_from,
                        shard_to = excluded.shard_to, servers = excluded.servers, seen_at = excluded.seen_at""")) {
                upsert.setString(1, processId);
                upsert.setInt(2, range.total());
                upsert.setInt(3, range.from());
                upsert.setInt(4, range.to());
                upsert.setInt(5, servers);
                upsert.setLong(6, startedAt.toEpochMilli());
                upsert.setLong(7, now.toEpochMilli());
                upsert.executeUpdate();
            }
            try (PreparedStatement forget = connection.prepareStatement(
                    "DELETE FROM bot_processes WHERE seen_at < ?")) {
                forget.setLong(1, now.minus(GONE_AFTER.multipliedBy(10)).toEpochMilli());
                forget.executeUpdate();
            }
            return null;
        });
    }

    /** Removes this process's row, on an orderly stop. */
    public void leave() {
        database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM bot_processes WHERE process_id = ?")) {
                delete.setString(1, processId);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /** The processes seen alive within {@link #GONE_AFTER}, with the bot's current shard count; empty if none. */
    public Optional<FleetFigures> fleet() {
        long since = clock.instant().minus(GONE_AFTER).toEpochMilli();
        return database.inTransaction(connection -> {
            int total = 0;
            int processes = 0;
            int servers = 0;
            int ranges = 0;
            BitSet run = new BitSet();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT shard_total, shard_from, shard_to, servers FROM bot_processes
                    WHERE seen_at >= ? ORDER BY started_at DESC""")) {
                select.setLong(1, since);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (total == 0) {
                            total = rows.getInt("shard_total");
                        }
                        if (rows.getInt("shard_total") != total) {
                            continue;
                        }
                        processes++;
                        servers += rows.getInt("servers");
                        run.set(rows.getInt("shard_from"), rows.getInt("shard_to") + 1);
                        ranges += rows.getInt("shard_to") - rows.getInt("shard_from") + 1;
                    }
                }
            }
            return processes == 0 ? Optional.<FleetFigures>empty()
                    : Optional.of(new FleetFigures(processes, total, run.cardinality(), ranges > run.cardinality(),
                            servers));
        });
    }
}
