package studybot.bench.fanout;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import studybot.StudybotProcesses;
import studybot.command.Place;
import studybot.dailytips.DailyTipService;
import studybot.dailytips.DailyTipSettings;
import studybot.dailytips.PauseReason;
import studybot.dailytips.PermanentSendFailure;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.FakeWorld;
import studybot.discord.fake.RecordedRequest;
import studybot.i18n.Languages;
import studybot.posting.Fanout;
import studybot.posting.RetryBackoff;
import studybot.posting.SharedPostingRate;
import studybot.quiz.review.ReviewStore;
import studybot.remind.ReminderStore;
import studybot.shards.SqlProcessStore;
import studybot.store.Dialect;
import studybot.store.Sql;
import studybot.store.Store;
import studybot.store.Stores;
import studybot.store.TestPostgres;
import studybot.store.TestStores;
import studybot.testing.TestConfig;

/**
 * Daily-post and reminder fan-out: {@code servers} servers whose tip is due in the same minute (or members whose review
 * reminder is, or half of each), posted by {@code processes} real studybot processes (the bot's {@code shards} shards
 * split evenly between them) sharing one store, against a fake Discord that enforces the global rate limit of 50
 * requests a second. Reports the time from the due minute (and from the first post) until every server has its post,
 * against the floor of {@code servers / 50} seconds; the duplicates and the lost; the global 429s; the heap each
 * process holds per server; and the store transactions per post. Not a test: it runs for minutes.
 *
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath studybot.bench.fanout.FanoutBench 10000 2 4 postgresql"
 * </pre>
 *
 * <p>Arguments: servers, processes, shards, store ({@code sqlite}, one file shared by the processes, or
 * {@code postgresql}, an embedded server started for the run), and what is due: {@code tips} (the default, one daily
 * post per server), {@code reminders} (one reminder DM per member, each with a review due and the DM channel kept from
 * {@code /remind on}, so each is one request; "servers" then counts members) or {@code both} (half servers, half
 * members, sharing the one global rate).
 */
public final class FanoutBench {

    private static final int GLOBAL_LIMIT = 50;
    private static final Duration HEAD_START = Duration.ofSeconds(150);
    private static final Instant DUE = Instant.parse("2030-01-07T09:00:00Z");
    private static final List<String> JVM = List.of("-Xmx768m", "-XX:+UseSerialGC");
    /** Milliseconds since Discord's epoch of the first seeded member's id; each next one a millisecond later. */
    private static final long FIRST_MEMBER_MILLIS = 300_000_000_000L;
    /** The first seeded member's DM channel id; each next one is the next number. */
    private static final long DM_CHANNELS = 900_000_000_000_000_000L;

    private FanoutBench() {}

    public static void main(String[] args) throws Exception {
        int servers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int processes = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int shards = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        Dialect dialect = args.length > 3 ? Dialect.valueOf(args[3].toUpperCase(Locale.ROOT)) : Dialect.SQLITE;
        Due due = args.length > 4 ? Due.valueOf(args[4].toUpperCase(Locale.ROOT)) : Due.TIPS;
        Path folder = Files.createTempDirectory("fanout-bench");
        System.out.printf(
                Locale.ROOT,
                "fan-out: %d %s, %d process(es), %d shards, %s, global limit %d/s%n",
                servers,
                due.what,
                processes,
                shards,
                dialect,
                GLOBAL_LIMIT);
        // the heap per server is the daily posts' figure; a run of reminders alone skips it
        long baselineHeap = due == Due.REMINDERS ? 0 : heapOfOneServerProcess(folder.resolve("baseline"), dialect);
        Result result = run(folder.resolve("run"), servers, processes, shards, dialect, due);
        double floor = servers / (double) GLOBAL_LIMIT;
        System.out.printf(
                Locale.ROOT,
                "due minute -> all posted: %.1f s (%.2fx the %.0f s floor)%n",
                result.fromDue().toMillis() / 1000.0,
                result.fromDue().toMillis() / 1000.0 / floor,
                floor);
        System.out.printf(
                Locale.ROOT,
                "first post -> all posted: %.1f s (%.2fx)%n",
                result.fromFirst().toMillis() / 1000.0,
                result.fromFirst().toMillis() / 1000.0 / floor);
        System.out.printf(
                Locale.ROOT,
                "posted %d, duplicates %d, lost %d, global 429s %d, requests %d%n",
                result.posted(),
                result.duplicates(),
                result.lost(),
                result.globalLimited(),
                result.requests());
        for (int i = 0; baselineHeap > 0 && i < result.heaps().size(); i++) {
            long perServer = (result.heaps().get(i) - baselineHeap)
                    / result.serversPerProcess().get(i);
            System.out.printf(
                    Locale.ROOT,
                    "process %d: heap after GC %d MB for %d servers; %d bytes per server"
                            + " (baseline with 1 server %d MB)%n",
                    i,
                    result.heaps().get(i) >> 20,
                    result.serversPerProcess().get(i),
                    perServer,
                    baselineHeap >> 20);
        }
        result.commits()
                .ifPresent(commits -> System.out.printf(
                        Locale.ROOT,
                        "store: %d transactions committed from the due minute to the end, %.2f per post%n",
                        commits,
                        commits / (double) result.posted()));
    }

    /** What falls due in the same minute. */
    private enum Due {
        TIPS("servers' daily posts"),
        REMINDERS("members' reminder DMs"),
        BOTH("daily posts and reminder DMs, half each");

        private final String what;

        Due(String what) {
            this.what = what;
        }

        int members(int total) {
            return this == TIPS ? 0 : this == REMINDERS ? total : total / 2;
        }
    }

    private static Result run(Path folder, int total, int processes, int shards, Dialect dialect, Due what)
            throws Exception {
        int members = what.members(total);
        int servers = total;
        try (FakeDiscord discord = FakeDiscord.startSharded(shards, Math.max(0, total - members - 1))) {
            discord.rest().enforceGlobalRateLimit(GLOBAL_LIMIT);
            Duration offset = Duration.between(Instant.now(), DUE.minus(HEAD_START));
            Clock shifted = Clock.offset(Clock.systemUTC(), offset);
            TestStores stores = TestStores.of(dialect, folder);
            seed(members == total ? List.of() : discord.servers(), stores, shifted);
            seedReminders(members, stores, shifted);
            Instant due = Instant.now().plus(Duration.between(shifted.instant(), DUE));
            try (StudybotProcesses bots =
                    new StudybotProcesses(folder, config(folder, stores), environment(discord, dialect), offset, JVM)) {
                List<Integer> serversPerProcess = new ArrayList<>();
                for (int i = 0; i < processes; i++) {
                    int from = shards * i / processes;
                    int to = shards * (i + 1) / processes - 1;
                    bots.start("p" + i, shards, from, to);
                    serversPerProcess.add((int) discord.servers().stream()
                            .map(server -> discord.gateway().shardOf(server.guildId()))
                            .filter(shard -> shard >= from && shard <= to)
                            .count());
                }
                for (int i = 0; i < processes; i++) {
                    bots.awaitConnected("p" + i, 1, Duration.ofMinutes(5));
                }
                System.out.printf(
                        Locale.ROOT,
                        "connected %.1f s before the due minute%n",
                        Duration.between(Instant.now(), due).toMillis() / 1000.0);
                TimeUnit.MILLISECONDS.sleep(
                        Math.max(0, Duration.between(Instant.now(), due).toMillis() - 2000));
                Optional<Long> commitsBefore = commits(stores);
                Instant deadline = due.plus(Duration.ofSeconds(servers / GLOBAL_LIMIT * 3L + 120));
                while (distinctChannels(discord) < servers && Instant.now().isBefore(deadline)) {
                    TimeUnit.SECONDS.sleep(1);
                }
                TimeUnit.SECONDS.sleep(15);
                Optional<Long> commitsAfter = commits(stores);
                List<ObjectNode> created = discord.rest().createdMessages();
                Instant first = timestamp(created.get(0));
                Instant last = timestamp(created.get(created.size() - 1));
                List<Long> heaps = new ArrayList<>();
                for (int i = 0; i < processes; i++) {
                    heaps.add(heapAfterGc(bots.process("p" + i).pid()));
                }
                List<RecordedRequest> requests = discord.rest().requests().all();
                long limited = requests.stream()
                        .filter(request -> request.status() == 429)
                        .count();
                int distinct = distinctChannels(discord);
                return new Result(
                        Duration.between(due, last),
                        Duration.between(first, last),
                        distinct,
                        created.size() - distinct,
                        servers - distinct,
                        limited,
                        requests.size(),
                        heaps,
                        serversPerProcess,
                        commitsAfter.flatMap(after -> commitsBefore.map(before -> after - before)));
            }
        }
    }

    private static long heapOfOneServerProcess(Path folder, Dialect dialect) throws Exception {
        try (FakeDiscord discord = FakeDiscord.startSharded(1, 0)) {
            TestStores stores = TestStores.of(dialect, folder);
            seed(discord.servers(), stores, Clock.systemUTC());
            try (StudybotProcesses bots = new StudybotProcesses(
                    folder, config(folder, stores), environment(discord, dialect), Duration.ZERO, JVM)) {
                bots.start("baseline", 1, 0, 0);
                bots.awaitConnected("baseline", 1, Duration.ofMinutes(2));
                TimeUnit.SECONDS.sleep(5);
                return heapAfterGc(bots.process("baseline").pid());
            }
        }
    }

    /**
     * {@code members} members, spread over the shards as snowflakes are, each with a reminder at 09:00 UTC for their
     * own place, a review due there and the DM channel {@code /remind on} kept (a channel of their own, so the fake
     * counts each member's DMs apart).
     */
    private static void seedReminders(int members, TestStores stores, Clock clock) {
        if (members == 0) {
            return;
        }
        try (Store database = stores.open(List.of(
                ReminderStore.MIGRATIONS,
                ReviewStore.MIGRATIONS,
                SharedPostingRate.MIGRATIONS,
                SqlProcessStore.MIGRATIONS))) {
            long due = DUE.minus(Duration.ofDays(1)).toEpochMilli();
            long now = clock.instant().toEpochMilli();
            List<Integer> seeded = IntStream.range(0, members).boxed().toList();
            // one transaction for all, as SqlReminderStore.turnOn and keepDmChannel would leave each row
            database.inTransaction(connection -> {
                Sql sql = Sql.on(connection);
                sql.updateEach(
                        "INSERT INTO reminders (member_id, place_kind, place_id, remind_time, zone_id, locale, status,"
                                + " dm_channel_id, active_since, revision, updated_at)"
                                + " VALUES (?, 'PERSONAL', ?, '09:00', 'Z', 'en', 'ON', ?, ?, 1, ?)",
                        seeded,
                        i -> List.of(member(i), member(i), DM_CHANNELS + i, now, now));
                return sql.updateEach(
                        "INSERT INTO quiz_reviews (scope_id, member_id, card_id, phase, step, stability, difficulty,"
                                + " due_at, last_review_at, book_id)"
                                + " VALUES (?, ?, 'a0000000000000000', 1, 0, 1.0, 5.0, ?, ?, 'seeds')",
                        seeded,
                        i -> List.of(Place.NOT_A_SERVER, member(i), due, due - 1));
            });
        }
    }

    /** The {@code i}-th seeded member's id: a millisecond after the one before, so members spread over the shards. */
    private static long member(int i) {
        return ((FIRST_MEMBER_MILLIS + i) << 22) | (i & 0x3fffff);
    }

    /** Every server posts at 09:00 UTC in its channel; one transaction per server, as {@code /tips set} would. */
    private static void seed(List<FakeWorld> servers, TestStores stores, Clock clock) {
        try (Store database = stores.open(
                List.of(DailyTipService.MIGRATIONS, SharedPostingRate.MIGRATIONS, SqlProcessStore.MIGRATIONS))) {
            DailyTipService service = new DailyTipService(
                    database,
                    server -> List.of(),
                    (server, section) -> Optional.empty(),
                    (channel, post, nonce) -> {
                        throw new PermanentSendFailure(new PauseReason(PauseReason.Cause.CANNOT_POST, channel));
                    },
                    clock,
                    RetryBackoff.DEFAULT,
                    Fanout.of(
                            server -> false, SharedPostingRate.discordGlobal(database, clock), Duration.ofSeconds(30)),
                    server -> Languages.ENGLISH);
            for (FakeWorld server : servers) {
                service.saveSettings(
                        Long.parseLong(server.guildId()),
                        new DailyTipSettings(
                                Long.parseLong(server.channelId()), LocalTime.of(9, 0), ZoneOffset.UTC, true));
            }
        }
    }

    private static Map<String, String> environment(FakeDiscord discord, Dialect dialect) {
        Map<String, String> environment = new HashMap<>(discord.environment());
        if (dialect == Dialect.POSTGRESQL) {
            environment.put(Stores.PASSWORD_VARIABLE, TestPostgres.PASSWORD);
        }
        return environment;
    }

    /** Transactions committed in the PostgreSQL database so far; empty on SQLite, which does not count them. */
    private static Optional<Long> commits(TestStores stores) throws Exception {
        if (stores.dialect() != Dialect.POSTGRESQL) {
            return Optional.empty();
        }
        try (Connection connection =
                        DriverManager.getConnection(stores.postgres().url(), TestPostgres.USER, TestPostgres.PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet row = statement.executeQuery(
                    "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")) {
                row.next();
                return Optional.of(row.getLong(1));
            }
        }
    }

    private static Path config(Path folder, TestStores stores) throws IOException {
        Files.createDirectories(folder);
        UnaryOperator<String> store = stores.dialect() == Dialect.POSTGRESQL
                ? TestConfig.postgresAt(stores.postgres().url())
                : UnaryOperator.identity();
        Path config = TestConfig.in(
                folder,
                json -> store.apply(json)
                        .replace("\"watch\": true", "\"watch\": false")
                        .replace("\"checkIntervalSeconds\": 30", "\"checkIntervalSeconds\": 1"));
        TestConfig.withShippedLogging(folder);
        return config;
    }

    private static int distinctChannels(FakeDiscord discord) {
        return discord.rest().createdMessages().stream()
                .map(message -> message.path("channel_id").asText())
                .collect(Collectors.toSet())
                .size();
    }

    private static Instant timestamp(ObjectNode message) {
        return OffsetDateTime.parse(message.path("timestamp").asText()).toInstant();
    }

    /** The process's heap in use after a full collection, as {@code jcmd GC.heap_info} reports it. */
    private static long heapAfterGc(long pid) throws Exception {
        run("jcmd", Long.toString(pid), "GC.run");
        String info = run("jcmd", Long.toString(pid), "GC.heap_info");
        long usedKb = 0;
        for (String line : info.split("\n")) {
            Matcher used = Pattern.compile("used (\\d+)K").matcher(line);
            if (used.find() && (line.contains("def new generation") || line.contains("tenured generation"))) {
                usedKb += Long.parseLong(used.group(1));
            }
        }
        return usedKb * 1024;
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor(60, TimeUnit.SECONDS);
        return output;
    }

    private record Result(
            Duration fromDue,
            Duration fromFirst,
            int posted,
            int duplicates,
            int lost,
            long globalLimited,
            int requests,
            List<Long> heaps,
            List<Integer> serversPerProcess,
            Optional<Long> commits) {}
}
