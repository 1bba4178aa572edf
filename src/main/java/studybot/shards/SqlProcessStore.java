package studybot.shards;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import studybot.discord.ShardRange;
import studybot.stats.FleetFigures;
import studybot.store.Migrations;
import studybot.store.ProcessIds;
import studybot.store.Sql;
import studybot.store.Store;

/**
 * A heartbeat row per running process in the shared store ({@code bot_processes}): its shard range and server count,
 * refreshed every {@link #BEAT}. Processes do not talk to each other; this is how {@code /stats} in any of them can
 * tell the totals over all of them, and notice shards nobody runs or that two processes run.
 */
public final class SqlProcessStore {

    /** The table holding a heartbeat row per process. */
    public static final String TABLE = "bot_processes";

    /**
     * The heartbeat table, in {@code db/bot_processes/<dialect>} (whose first script, never edited, still calls this
     * class SqlProcessStore).
     */
    public static final Migrations MIGRATIONS = new Migrations("bot_processes", "db/bot_processes");

    /** How often a process refreshes its row. */
    public static final Duration BEAT = Duration.ofSeconds(15);
    /** A row not refreshed for this long belongs to a process that died without removing it. */
    static final Duration GONE_AFTER = BEAT.multipliedBy(3);

    private final Store database;
    private final Clock clock;
    private final String processId;
    private final Instant startedAt;

    public SqlProcessStore(Store database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.processId = ProcessIds.fresh();
        this.startedAt = clock.instant();
    }

    /**
     * Records that this process is alive, running {@code range} with {@code serversPerShard} servers on each of its
     * shards, and deletes the rows of processes gone for {@link #GONE_AFTER}.
     */
    public void beat(ShardRange range, Map<Integer, Integer> serversPerShard) {
        Instant now = clock.instant();
        int servers =
                serversPerShard.values().stream().mapToInt(Integer::intValue).sum();
        String perShard = serversPerShard.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(","));
        String upsert = """
                INSERT INTO bot_processes
                    (process_id, shard_total, shard_from, shard_to, servers, started_at, seen_at, shard_servers)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (process_id) DO UPDATE SET
                    shard_total = excluded.shard_total, shard_from = excluded.shard_from,
                    shard_to = excluded.shard_to, servers = excluded.servers, seen_at = excluded.seen_at,
                    shard_servers = excluded.shard_servers""";
        database.inTransaction(connection -> {
            Sql sql = Sql.on(connection);
            sql.update(
                    upsert,
                    processId,
                    range.total(),
                    range.from(),
                    range.to(),
                    servers,
                    startedAt.toEpochMilli(),
                    now.toEpochMilli(),
                    perShard);
            return sql.update(
                    "DELETE FROM bot_processes WHERE seen_at < ?",
                    now.minus(GONE_AFTER).toEpochMilli());
        });
    }

    /** Removes this process's row, on an orderly stop. */
    public void leave() {
        database.inTransaction(
                connection -> Sql.on(connection).update("DELETE FROM bot_processes WHERE process_id = ?", processId));
    }

    /**
     * The processes seen alive within {@link #GONE_AFTER}, with the bot's current shard count; empty if none. Two
     * processes running one shard (a rolling restart) count its servers once: the larger count, since a process still
     * connecting has not loaded them all yet.
     */
    public Optional<FleetFigures> fleet() {
        long since = clock.instant().minus(GONE_AFTER).toEpochMilli();
        List<Row> rows = database.inTransaction(connection -> Sql.on(connection)
                .query("""
                        SELECT shard_total, shard_from, shard_to, servers, shard_servers FROM bot_processes
                        WHERE seen_at >= ? ORDER BY started_at DESC""", since)
                .list(row -> new Row(
                        row.getInt("shard_total"),
                        row.getInt("shard_from"),
                        row.getInt("shard_to"),
                        row.getInt("servers"),
                        row.getString("shard_servers"))));
        int total = 0;
        int processes = 0;
        int ranges = 0;
        BitSet run = new BitSet();
        Map<Integer, Integer> servers = new HashMap<>();
        for (Row row : rows) {
            if (total == 0) {
                total = row.shardTotal();
            }
            if (row.shardTotal() != total) {
                continue;
            }
            processes++;
            perShard(row.from(), row.servers(), row.perShard())
                    .forEach((shard, count) -> servers.merge(shard, count, Math::max));
            run.set(row.from(), row.to() + 1);
            ranges += row.to() - row.from() + 1;
        }
        return processes == 0
                ? Optional.empty()
                : Optional.of(new FleetFigures(
                        processes,
                        total,
                        run.cardinality(),
                        ranges > run.cardinality(),
                        servers.values().stream().mapToInt(Integer::intValue).sum()));
    }

    /** A process's heartbeat row, as far as the fleet's figures need it. */
    private record Row(int shardTotal, int from, int to, int servers, String perShard) {}

    /**
     * A row's servers by shard, from {@code 0=11,1=9}; a row of a version that kept only the total has it all on its
     * first shard.
     */
    private static Map<Integer, Integer> perShard(int firstShard, int servers, String perShard) {
        if (perShard == null || perShard.isEmpty()) {
            return Map.of(firstShard, servers);
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (String entry : perShard.split(",")) {
            String[] parts = entry.split("=", 2);
            counts.put(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        }
        return counts;
    }
}
