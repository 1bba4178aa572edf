package studybot.bench.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import studybot.OfflineStudybot;
import studybot.Studybot;
import studybot.bench.SyntheticCorpus;
import studybot.book.Book;
import studybot.book.BookBinder;
import studybot.config.ConfigLoader;
import studybot.config.ShardsConfig;
import studybot.discord.DiscordBot;
import studybot.discord.DiscordRenderer;
import studybot.discord.InteractionResponder;
import studybot.discord.RegistryInteractions;
import studybot.discord.connect.DiscordConnection;
import studybot.discord.connect.DiscordConnector;
import studybot.discord.connect.DiscordEndpoints;
import studybot.discord.connect.InteractionDeadlines;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.InteractionBuilder;
import studybot.discord.fake.RecordedRequest;
import studybot.discord.fake.SentInteraction;
import studybot.facts.KeyFactExtractor;
import studybot.i18n.Texts;
import studybot.library.snapshot.BookSnapshots;
import studybot.stats.Interaction;
import studybot.testing.TempFolder;
import studybot.testing.TestConfig;

/**
 * The Discord-side benchmark: how fast studybot answers a burst of {@code /search} interactions through the real JDA,
 * compared with the floor a minimal JDA bot (same connector, fixed reply) sets, and how fast each starts in a fresh
 * JVM. Not a JUnit test, so {@code mvn test} never runs it. Run from the project folder (it reads
 * {@code config/studybot.json}):
 *
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath studybot.bench.discord.DiscordBench"
 * </pre>
 *
 * Options (as program arguments after the class name): {@code --rounds N} (5), {@code --burst N} (200), {@code --warmup
 * N} (5), {@code --startups N} (5), {@code --startup-warmup N} (1 discarded start of each first), {@code --child-arg
 * ARG} (repeatable: a JVM option for the child processes, e.g. {@code -Xlog:class+load...}), {@code --skip-burst},
 * {@code --skip-startup}, {@code --diagnose-inline} (extra rounds with studybot's handler run inline on JDA's gateway
 * thread, to measure what the hop to the handler pool costs), {@code --sample-threads} (samples the state and top frame
 * of studybot's handler threads every millisecond during each burst), {@code --students} (issue #20 §5: every
 * {@code /search} a distinct question in a student's words, never asked before in the run so never cached, with search
 * by meaning started and awaited before the burst; each round then counts the questions answered, i.e. acknowledged
 * within 3 s and given their final reply within 15 s, and the p99 to the final reply, which for a deferred answer is
 * the edit of the original response, or the private followup replacing it, and how many answers Discord got while the
 * burst still arrived, before its last event reached the bot); {@code --chapters N} (with {@code --students}: studybot
 * serves a {@link SyntheticCorpus} of N chapters of 100 sections recombined from the seed's text, instead of the seed's
 * 15 sections, and embeds it before the burst); {@code --data-folder DIR} (studybot's data folder, outside the repo,
 * instead of a fresh temp folder: a second run finds the book's passage vectors there and skips embedding them, as a
 * restarted bot does; the questions are still embedded in every run); {@code --cold-jvms} (each bot's bursts in a fresh
 * JVM of its own, the floor's first, both printed side by side: in one JVM the first bot's round warms JDA and the fake
 * Discord for the other); {@code --only studybot|floor} (this JVM runs that bot alone, as {@code --cold-jvms} asks its
 * children); {@code --config FILE} (studybot's config in the startup runs, instead of {@code config/studybot.json}:
 * e.g. a seeds folder of several books); {@code --first-starts} (deletes {@code books-read/} in the config's data
 * folder before each studybot start, so every start parses its books as a first start does; without it the data folder
 * is kept between starts, so every start after the first is a restart that reads its books' snapshots). The startup
 * runs print studybot's own split of its start (its {@code Startup split:} log line) and the median of each step, and
 * when it answers from its default book (its first {@code Book loaded} line, once that book is indexed).
 */
public final class DiscordBench {

    /** With {@code --data-folder}: studybot's data folder, kept between runs; null for a fresh temp folder. */
    private static Path DATA_FOLDER;

    private static final Duration READY = Duration.ofSeconds(30);
    private static final Duration ROUND_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);
    private static final long SETTLE_MILLIS = 300;
    private static final double TARGET_RATIO = 1.3;
    /** The capacity target for the mixed burst: p99 at most this times the minimal bot's. */
    private static final double MIXED_TARGET_RATIO = 1.1;
    /** The mixed burst's commands, in turn: searches, sections and chapters by number or title, tips, help. */
    private static final List<String> SECTIONS = List.of("20.4", "62.8", "20", "replication", "62.1", "20.7");

    private static final String CONFIG = "config/studybot.json";

    /** What a study group types: topics from the book, phrasings, and the typos people make. */
    static final List<String> QUERIES = List.of(
            "pooling",
            "connection pooling",
            "replicaton",
            "redis pub/sub",
            "sorted sets",
            "leaderbords",
            "mongodb aggregation",
            "asyncpg",
            "encryption at rest",
            "snapshots aof",
            "cache aside",
            "memcached vs redis",
            "psycopg2 connect",
            "read replicas",
            "cluster mode",
            "sesion store",
            "expiry lru",
            "motor async driver",
            "security groups",
            "backup and restore",
            "elasticache",
            "pymongo crud",
            "redis streams",
            "conection pool",
            "real-time analytics",
            "primary node",
            "hashes lists sets",
            "postgresql",
            "async",
            "evicton policy");

    /** Issue #20 §5: an answer counts if acknowledged within this and final within {@link #FINAL_WITHIN}. */
    private static final Duration ACK_WITHIN = Duration.ofSeconds(3);

    private static final Duration FINAL_WITHIN = Duration.ofSeconds(15);
    private static final Duration SEARCH_BY_MEANING_READY = Duration.ofMinutes(5);

    /**
     * A student's questions about the seed, from {@code src/test/resources/search/questions.tsv}, each recombined with
     * an opener and a closer (30 × 12 × 10 = 3,600 distinct questions) so no question of a run repeats.
     */
    static final List<String> STUDENT_QUESTIONS = List.of(
            "how do I keep my redis data safe if the node crashes",
            "make keys disappear after some time",
            "rank players by their score",
            "what if someone accidentally wipes everything in redis",
            "how do I stop strangers on the internet from reaching my cache",
            "can the data in my cache be encrypted",
            "why would a copy of my cache give me old values",
            "spread reads over several copies of the cache",
            "should I split my data across shards or keep a single shard",
            "which engine should I pick for simple key value caching",
            "good reasons to put a cache in front of my database",
            "where should I keep user login sessions so they load fast",
            "opening a new database connection for every request is slow, what do I do",
            "reuse database connections instead of opening new ones",
            "what happens when memory is full and old keys get thrown out",
            "check the cache first and load from the database on a miss",
            "send a message to everyone listening on a channel",
            "I need a message log that keeps history for consumers who were offline",
            "store a user profile as fields under one key from python",
            "which python types map to redis data structures",
            "talk to mongodb without blocking the asyncio event loop",
            "insert and update documents in mongo from python",
            "group and sum documents in mongodb",
            "fastest way to query postgres from async python code",
            "the classic library for using postgres from python",
            "will my sql database struggle sorting millions of rows for a high score table",
            "primary and replica setup so the cache survives a failure",
            "my writes are confirmed before the copies have them, is that a problem",
            "control which servers can connect to my cache with firewall rules",
            "take a point in time copy of my cache to restore later");

    private static final List<String> OPENERS = List.of(
            "",
            "hey, ",
            "quick question: ",
            "sorry if this is dumb but ",
            "for the exam, ",
            "can someone explain ",
            "help pls ",
            "in our project ",
            "my teacher asked ",
            "still confused: ",
            "ok so ",
            "anyone know ");
    private static final List<String> CLOSERS = List.of(
            "",
            "?",
            " thanks",
            " pls",
            " in chapter 20?",
            " for homework",
            " asap",
            " (study group)",
            " lol",
            " again");

    private static boolean SAMPLE;
    private static boolean MIXED;
    private static boolean STUDENTS;
    private static int CHAPTERS;
    private static final List<Process> CHILDREN = new CopyOnWriteArrayList<>();

    private DiscordBench() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        SAMPLE = options.sample;
        MIXED = options.mixed;
        STUDENTS = options.students;
        CHAPTERS = options.chapters;
        DATA_FOLDER = options.dataFolder;
        Runtime.getRuntime().addShutdownHook(new Thread(DiscordBench::killChildren, "discord-bench-reaper"));
        System.out.println("# studybot Discord benchmark");
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        if (options.runBurst && options.coldJvms) {
            coldJvms(options);
            options.runBurst = false;
        }
        BurstResult burst = options.runBurst ? burst(options) : null;
        StartupResult startup = options.runStartup ? startup(options) : null;
        report(options, burst, startup);
        System.exit(0);
    }

    // ---------------------------------------------------------------- burst

    private static BurstResult burst(Options options) throws Exception {
        System.out.println();
        System.out.println("## Burst: " + options.rounds + " rounds of " + options.burst + " concurrent "
                + (options.mixed ? "mixed commands (/search ×3, /section, /tip, /help)" : "/search") + " ("
                + options.warmup + " warm-up rounds each first), rounds alternate studybot / floor");
        if (options.only != null) {
            return onlyOne(options);
        }
        try (InProcessBot studybot = InProcessBot.studybot();
                InProcessBot floor = InProcessBot.floor()) {
            for (int i = 0; i < options.warmup; i++) {
                studybot.round(options.burst, i);
                floor.round(options.burst, i);
            }
            List<Round> studybotRounds = new ArrayList<>();
            List<Round> floorRounds = new ArrayList<>();
            for (int i = 0; i < options.rounds; i++) {
                InProcessBot first = i % 2 == 0 ? studybot : floor;
                InProcessBot second = i % 2 == 0 ? floor : studybot;
                Round a = first.round(options.burst, options.warmup + i);
                Round b = second.round(options.burst, options.warmup + i);
                (first == studybot ? studybotRounds : floorRounds).add(a);
                (first == studybot ? floorRounds : studybotRounds).add(b);
                System.out.println("round " + (i + 1) + "  studybot " + (first == studybot ? a : b));
                System.out.println("round " + (i + 1) + "  floor    " + (first == studybot ? b : a));
            }
            if (options.inline) {
                diagnoseInline(options, studybot, floor);
            }
            return new BurstResult(studybotRounds, floorRounds);
        }
    }

    /** {@code --only NAME}: this JVM runs one bot's rounds alone, for {@link #coldJvms}. */
    private static BurstResult onlyOne(Options options) throws Exception {
        boolean isStudybot = options.only.equals("studybot");
        try (InProcessBot bot = isStudybot ? InProcessBot.studybot() : InProcessBot.floor()) {
            for (int i = 0; i < options.warmup; i++) {
                bot.round(options.burst, i);
            }
            for (int i = 0; i < options.rounds; i++) {
                System.out.println("round " + (i + 1) + "  " + (isStudybot ? "studybot" : "floor   ") + " "
                        + bot.round(options.burst, options.warmup + i));
            }
        }
        return null;
    }

    /**
     * {@code --cold-jvms}: the first burst of each bot on a JVM of its own, the floor's first: in one JVM, whichever
     * bot goes first also warms JDA and the fake Discord for the other. Prints each child's rounds, then both side by
     * side.
     */
    private static void coldJvms(Options options) throws Exception {
        System.out.println();
        System.out.println("## Cold JVMs: each bot's first " + options.burst + " /search in a fresh JVM of its own"
                + " (the floor's first, then studybot's)");
        Map<String, String> outputs = new java.util.LinkedHashMap<>();
        for (String bot : List.of("floor", "studybot")) {
            List<String> command = new ArrayList<>(List.of(javaBinary()));
            command.addAll(options.childArgs);
            command.addAll(List.of("-cp", classpath(), DiscordBench.class.getName()));
            options.raw.stream().filter(arg -> !arg.equals("--cold-jvms")).forEach(command::add);
            command.addAll(List.of("--skip-startup", "--only", bot));
            Process child = new ProcessBuilder(command)
                    .directory(Path.of("").toAbsolutePath().toFile())
                    .redirectErrorStream(true)
                    .start();
            CHILDREN.add(child);
            String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            child.waitFor();
            CHILDREN.remove(child);
            output.lines()
                    .filter(line ->
                            line.startsWith("round ") || line.startsWith("         ") || line.startsWith("studybot:"))
                    .forEach(System.out::println);
            outputs.put(bot, output);
        }
        System.out.println();
        System.out.println("| cold JVM, first burst | studybot | floor |");
        System.out.println("|---|---:|---:|");
        coldRow("answered (ack ≤ 3 s, final ≤ 15 s)", "answered \\(ack ≤ 3 s, final ≤ 15 s\\) (\\d+ of \\d+)", outputs);
        coldRow("ack p99 (dispatch → callback)", " p99 +([\\d.]+ ms)", outputs);
        coldRow("gateway → event p99", "gateway→event [\\d.]+/([\\d.]+)", outputs);
        coldRow("p99 to the final reply", "p99 to the final reply ([\\d.]+ ms)", outputs);
        coldRow("deferred", "deferred (\\d+)", outputs);
        coldRow("answered while the burst still arrived", "still arrived (\\d+)", outputs);
        coldRow("CPU in the round, whole JVM", "CPU in round: process (\\d+ ms)", outputs);
    }

    private static void coldRow(String what, String regex, Map<String, String> outputs) {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(regex);
        List<String> cells = new ArrayList<>();
        for (String bot : List.of("studybot", "floor")) {
            java.util.regex.Matcher found = pattern.matcher(outputs.getOrDefault(bot, ""));
            cells.add(found.find() ? found.group(1) : "?");
        }
        System.out.println("| " + what + " | " + cells.get(0) + " | " + cells.get(1) + " |");
    }

    /** Extra rounds: studybot vs studybot-with-the-handler-inline vs floor, to see what the pool hop costs. */
    private static void diagnoseInline(Options options, InProcessBot studybot, InProcessBot floor) throws Exception {
        System.out.println();
        System.out.println(
                "## Diagnosis: studybot with its handler run inline on JDA's gateway thread (not shippable)");
        try (InProcessBot inline = InProcessBot.studybotInline()) {
            for (int i = 0; i < options.warmup; i++) {
                inline.round(options.burst, i);
            }
            List<Round> s = new ArrayList<>();
            List<Round> n = new ArrayList<>();
            List<Round> f = new ArrayList<>();
            for (int i = 0; i < options.rounds; i++) {
                s.add(studybot.round(options.burst, 100 + i));
                n.add(inline.round(options.burst, 100 + i));
                f.add(floor.round(options.burst, 100 + i));
                System.out.println("round " + (i + 1) + "  studybot        " + s.get(i));
                System.out.println("round " + (i + 1) + "  studybot-inline " + n.get(i));
                System.out.println("round " + (i + 1) + "  floor           " + f.get(i));
            }
            Round ms = BurstResult.medianRound(s);
            Round mn = BurstResult.medianRound(n);
            Round mf = BurstResult.medianRound(f);
            System.out.printf(
                    Locale.ROOT,
                    "median-round p99: studybot %.1f ms, studybot-inline %.1f ms, floor %.1f ms"
                            + "; p50: %.1f / %.1f / %.1f ms; CPU per burst (median): %.0f / %.0f / %.0f ms%n",
                    ms(ms.p99()),
                    ms(mn.p99()),
                    ms(mf.p99()),
                    ms(ms.p50()),
                    ms(mn.p50()),
                    ms(mf.p50()),
                    ms(medianCpu(s, "")),
                    ms(medianCpu(n, "")),
                    ms(medianCpu(f, "")));
        }
    }

    /** A bot running in this JVM against its own fake Discord, with probes recording when things happened. */
    private static final class InProcessBot implements AutoCloseable {

        final String name;
        final FakeDiscord discord;
        final AutoCloseable stop;
        /** Interaction id → when JDA delivered the slash command event to listeners. */
        final Map<String, Long> eventAt;
        /** Interaction id → [handler start, handler end] on studybot's pool; empty for the floor. */
        final Map<String, long[]> handled;
        /** How many student questions this bot has been asked, so the next one is new. */
        private int asked;

        private InProcessBot(
                String name,
                FakeDiscord discord,
                AutoCloseable stop,
                Map<String, Long> eventAt,
                Map<String, long[]> handled) {
            this.name = name;
            this.discord = discord;
            this.stop = stop;
            this.eventAt = eventAt;
            this.handled = handled;
        }

        /** Records each interaction's handler start and end, by interaction id, for the per-stage breakdown. */
        private static Consumer<Interaction> handlerSpans(Map<String, long[]> handled) {
            return interaction -> {
                long now = System.nanoTime();
                handled.put(interaction.id(), new long[] {now - interaction.handlerNanos(), now});
            };
        }

        /**
         * studybot as the console wires it, its store in {@code folder} (never the repo's data/), or in the folder
         * {@code --data-folder} names.
         */
        private static OfflineStudybot loadStudybot(TempFolder folder) throws Exception {
            Path data = DATA_FOLDER != null ? Files.createDirectories(DATA_FOLDER) : folder.path();
            return OfflineStudybot.load(new ConfigLoader().load(TestConfig.in(data)), Clock.systemUTC());
        }

        static InProcessBot studybot() throws Exception {
            FakeDiscord discord = FakeDiscord.start();
            Map<String, Long> eventAt = new ConcurrentHashMap<>();
            Map<String, long[]> handled = new ConcurrentHashMap<>();
            Consumer<Interaction> observer = handlerSpans(handled);
            TempFolder folder = TempFolder.create();
            OfflineStudybot running = loadStudybot(folder);
            Studybot studybot = running.studybot();
            if (STUDENTS) {
                long started = System.nanoTime();
                if (CHAPTERS > 0) {
                    Book synthetic = new BookBinder(
                                    studybot.config().cache(), studybot.config().search(), new KeyFactExtractor())
                            .bind(SyntheticCorpus.generate(
                                    studybot.book().get().sections().library(),
                                    CHAPTERS,
                                    100,
                                    SyntheticCorpus.RANDOM_SEED));
                    // the edition places without a choice answer from, and the default book's own, which search by
                    // meaning embeds: replacing only the first left the synthetic book with BM25 alone
                    studybot.book().replace(synthetic);
                    studybot.shelf().defaultBook().orElseThrow().current().replace(synthetic);
                }
                studybot.startSearchByMeaning();
                studybot.awaitSearchByMeaning(SEARCH_BY_MEANING_READY);
                System.out.printf(
                        Locale.ROOT,
                        "studybot: %d sections, search by meaning after %.1f s: %s%n",
                        studybot.book().get().sections().library().sections().size(),
                        (System.nanoTime() - started) / 1e9,
                        studybot.searchStatus().describe());
            }
            DiscordBot bot = running.connect(discord, studybot.registry(), observer);
            bot.shardManager().addEventListener(new EventProbe(eventAt));
            return new InProcessBot(
                    "studybot",
                    discord,
                    () -> {
                        bot.shutdown(Duration.ofSeconds(10));
                        running.close();
                        folder.close();
                    },
                    eventAt,
                    handled);
        }

        /**
         * Diagnosis only: studybot's own listener, responder and renderer, but the handler runs inline on JDA's gateway
         * thread instead of hopping to the {@code studybot-handler} pool (what the floor bot does). Not a design to
         * ship: a slow search would then stall the gateway.
         */
        static InProcessBot studybotInline() throws Exception {
            FakeDiscord discord = FakeDiscord.start();
            Map<String, Long> eventAt = new ConcurrentHashMap<>();
            Map<String, long[]> handled = new ConcurrentHashMap<>();
            Consumer<Interaction> observer = handlerSpans(handled);
            TempFolder folder = TempFolder.create();
            OfflineStudybot running = loadStudybot(folder);
            Studybot studybot = running.studybot();
            ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
            ExecutorService inline = new AbstractExecutorService() {
                private volatile boolean shut;

                @Override
                public void execute(Runnable command) {
                    command.run();
                }

                @Override
                public void shutdown() {
                    shut = true;
                }

                @Override
                public List<Runnable> shutdownNow() {
                    shut = true;
                    return List.of();
                }

                @Override
                public boolean isShutdown() {
                    return shut;
                }

                @Override
                public boolean isTerminated() {
                    return shut;
                }

                @Override
                public boolean awaitTermination(long timeout, TimeUnit unit) {
                    return true;
                }
            };
            InteractionResponder responder = new InteractionResponder(
                    inline,
                    inline,
                    timers,
                    new DiscordRenderer(),
                    Duration.ofMillis(1500),
                    observer,
                    Texts.load("discord"),
                    Clock.systemUTC(),
                    new InteractionDeadlines());
            DiscordConnection connection = new DiscordConnector(
                            DiscordEndpoints.fromEnvironment(discord.environment()), ShardsConfig.automatic())
                    .connect(List.of(
                            new RegistryInteractions(
                                    studybot.registry(), responder, Texts.load("discord"), Runnable::run),
                            new EventProbe(eventAt)));
            if (!connection.awaitConnected(READY)) {
                throw new IllegalStateException("the inline studybot variant did not connect");
            }
            return new InProcessBot(
                    "studybot-inline",
                    discord,
                    () -> {
                        timers.shutdownNow();
                        connection.close();
                        running.close();
                        folder.close();
                    },
                    eventAt,
                    handled);
        }

        static InProcessBot floor() throws Exception {
            FakeDiscord discord = FakeDiscord.start();
            Map<String, Long> eventAt = new ConcurrentHashMap<>();
            DiscordConnection connection = new DiscordConnector(
                            DiscordEndpoints.fromEnvironment(discord.environment()), ShardsConfig.automatic())
                    .connect(List.of(new FixedReplyListener(), new EventProbe(eventAt)));
            if (!connection.awaitConnected(READY)) {
                throw new IllegalStateException("the minimal bot did not connect");
            }
            return new InProcessBot("floor", discord, connection, eventAt, new ConcurrentHashMap<>());
        }

        Round round(int size, int roundIndex) throws InterruptedException {
            ThreadSampler sampler = SAMPLE ? ThreadSampler.start("studybot-handler") : null;
            CpuSnapshot cpuBefore = CpuSnapshot.take();
            List<SentInteraction> sent = new ArrayList<>(size);
            long[] dispatchedAt = new long[size];
            for (int i = 0; i < size; i++) {
                String query = STUDENTS ? studentQuestion(asked++) : QUERIES.get((roundIndex * 7 + i) % QUERIES.size());
                dispatchedAt[i] = System.nanoTime();
                sent.add(
                        MIXED
                                ? mixed(i, query).send()
                                : discord.slashCommand("search")
                                        .option("query", query)
                                        .send());
            }
            Map<String, Integer> indexByPath = new HashMap<>();
            for (int i = 0; i < size; i++) {
                indexByPath.put(sent.get(i).callbackPath(), i);
            }
            List<RecordedRequest> callbacks;
            try {
                callbacks = discord.rest()
                        .requests()
                        .awaitCount(request -> isCallback(request, indexByPath), size, ROUND_TIMEOUT);
            } catch (AssertionError timedOut) {
                callbacks = discord.rest().requests().matching(request -> isCallback(request, indexByPath));
            }
            Map<String, Long> finals = STUDENTS ? awaitFinals(sent, callbacks) : Map.of();
            TimeUnit.MILLISECONDS.sleep(SETTLE_MILLIS);
            Round round = new Round(size);
            Set<Integer> answered = new HashSet<>();
            for (RecordedRequest callback : callbacks) {
                int i = indexByPath.get(callback.path());
                if (!answered.add(i)) {
                    continue;
                }
                String id = sent.get(i).id();
                round.add(
                        callback.receivedNanos() - dispatchedAt[i],
                        callback.json(),
                        eventAt.getOrDefault(id, -1L) - dispatchedAt[i],
                        handled.get(id),
                        dispatchedAt[i],
                        eventAt.getOrDefault(id, -1L),
                        callback.receivedNanos());
                if (STUDENTS) {
                    round.addFinal(
                            callback.receivedNanos() - dispatchedAt[i],
                            callback.json().path("type").asInt() == 5,
                            finals.getOrDefault(sent.get(i).originalMessagePath(), -1L),
                            dispatchedAt[i]);
                }
            }
            round.unanswered = size - answered.size();
            long lastEvent = sent.stream()
                    .mapToLong(one -> eventAt.getOrDefault(one.id(), -1L))
                    .max()
                    .orElse(-1L);
            round.answeredWhileArriving =
                    (int) (finals.values().stream().filter(at -> at < lastEvent).count()
                            + callbacks.stream()
                                    .filter(callback ->
                                            callback.json().path("type").asInt() == 4
                                                    && callback.receivedNanos() < lastEvent)
                                    .count());
            round.cpu = CpuSnapshot.take().minus(cpuBefore);
            if (sampler != null) {
                round.samples = sampler.stop();
            }
            return round;
        }

        /** The {@code n}-th distinct question in a student's words. */
        private static String studentQuestion(int n) {
            int questions = STUDENT_QUESTIONS.size();
            return OPENERS.get(n / questions % OPENERS.size())
                    + STUDENT_QUESTIONS.get(n % questions)
                    + CLOSERS.get(n / (questions * OPENERS.size()) % CLOSERS.size());
        }

        /**
         * Waits (up to the round timeout) for each deferred answer's final reply, and returns when each arrived, by its
         * original response's path: the edit of that response, or for an answer only the asker may see, the private
         * followup that replaces it. An answer given in its callback needs neither.
         */
        private Map<String, Long> awaitFinals(List<SentInteraction> sent, List<RecordedRequest> callbacks)
                throws InterruptedException {
            Map<String, String> originalByCallback = new HashMap<>();
            Map<String, String> originalByReply = new HashMap<>();
            for (SentInteraction interaction : sent) {
                originalByCallback.put(interaction.callbackPath(), interaction.originalMessagePath());
            }
            for (RecordedRequest callback : callbacks) {
                if (callback.json().path("type").asInt() == 5) {
                    String original = originalByCallback.get(callback.path());
                    originalByReply.put("PATCH " + original, original);
                    originalByReply.put("POST " + original.substring(0, original.indexOf("/messages/")), original);
                }
            }
            long deadline = System.nanoTime() + ROUND_TIMEOUT.toNanos();
            Map<String, Long> finals = new HashMap<>();
            while (true) {
                for (RecordedRequest reply : discord.rest()
                        .requests()
                        .matching(request -> request.status() < 300
                                && originalByReply.containsKey(request.method() + " " + request.path()))) {
                    finals.putIfAbsent(originalByReply.get(reply.method() + " " + reply.path()), reply.receivedNanos());
                }
                if (finals.size() * 2 >= originalByReply.size() || System.nanoTime() > deadline) {
                    return finals;
                }
                TimeUnit.MILLISECONDS.sleep(50);
            }
        }

        /** The {@code i}-th interaction of a mixed burst: half searches, then sections, tips and help. */
        private InteractionBuilder mixed(int i, String query) {
            return switch (i % 6) {
                case 0, 1, 2 -> discord.slashCommand("search").option("query", query);
                case 3 -> discord.slashCommand("section").option("number", SECTIONS.get(i / 6 % SECTIONS.size()));
                case 4 -> discord.slashCommand("tip");
                default -> discord.slashCommand("help");
            };
        }

        private static boolean isCallback(RecordedRequest request, Map<String, Integer> indexByPath) {
            return request.method().equals("POST") && request.status() < 300 && indexByPath.containsKey(request.path());
        }

        @Override
        public void close() {
            try {
                stop.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop " + name, e);
            } finally {
                discord.close();
            }
        }
    }

    /** Notes when JDA hands a slash command to the listeners (registered after the bot's own listener). */
    private static final class EventProbe extends ListenerAdapter {
        private final Map<String, Long> eventAt;

        EventProbe(Map<String, Long> eventAt) {
            this.eventAt = eventAt;
        }

        @Override
        public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
            eventAt.put(event.getId(), System.nanoTime());
        }
    }

    /** One burst's measurements, in nanoseconds. */
    static final class Round {
        final long[] latency;
        final List<long[]> stages = new ArrayList<>();
        int count;
        int unanswered;
        int deferred;
        int askerOnly;
        long firstDispatch = Long.MAX_VALUE;
        long lastDispatch;
        long lastCallback;
        CpuSnapshot.Delta cpu;
        String samples;
        /** With {@code --students}: each answer's time to its final reply, and how many met both limits. */
        final long[] toFinal;

        int finals;
        int answeredInTime;
        /** Answers (direct ones and deferred ones' final replies) Discord got before the last event reached the bot. */
        int answeredWhileArriving;

        Round(int size) {
            latency = new long[size];
            toFinal = new long[size];
        }

        /** @param edited when the deferred answer's edit arrived, or -1 if none arrived */
        void addFinal(long toAck, boolean deferredAck, long edited, long dispatched) {
            long last = deferredAck ? (edited < 0 ? -1 : edited - dispatched) : toAck;
            if (last < 0) {
                return;
            }
            toFinal[finals++] = last;
            if (toAck <= ACK_WITHIN.toNanos() && last <= FINAL_WITHIN.toNanos()) {
                answeredInTime++;
            }
        }

        long finalP99() {
            long[] values = Arrays.copyOf(toFinal, finals);
            Arrays.sort(values);
            if (values.length == 0) {
                return -1;
            }
            return values[Math.max(0, Math.min(values.length - 1, (int) Math.ceil(0.99 * values.length) - 1))];
        }

        void add(
                long nanos,
                JsonNode callback,
                long toEvent,
                long[] handler,
                long dispatched,
                long event,
                long arrived) {
            latency[count++] = nanos;
            if (callback.path("type").asInt() == 5) {
                deferred++;
            }
            if ((callback.path("data").path("flags").asInt() & 64) != 0) {
                askerOnly++;
            }
            firstDispatch = Math.min(firstDispatch, dispatched);
            lastDispatch = Math.max(lastDispatch, dispatched);
            lastCallback = Math.max(lastCallback, arrived);
            // dispatch→event, event→handler start (pool queue), handler run, handler end (or event)→callback
            long queue = handler == null ? 0 : handler[0] - event;
            long run = handler == null ? 0 : handler[1] - handler[0];
            long rest = arrived - (handler == null ? event : handler[1]);
            stages.add(new long[] {toEvent, queue, run, rest});
        }

        long[] sorted() {
            long[] values = Arrays.copyOf(latency, count);
            Arrays.sort(values);
            return values;
        }

        long percentile(double p) {
            long[] values = sorted();
            if (values.length == 0) {
                return -1;
            }
            int rank = (int) Math.ceil(p * values.length);
            return values[Math.max(0, Math.min(values.length - 1, rank - 1))];
        }

        long p50() {
            return percentile(0.50);
        }

        long p99() {
            return percentile(0.99);
        }

        long max() {
            return percentile(1.0);
        }

        long stageP50(int stage) {
            return stagePercentile(stage, 0.50);
        }

        long stagePercentile(int stage, double p) {
            long[] values = stages.stream().mapToLong(s -> s[stage]).sorted().toArray();
            if (values.length == 0) {
                return -1;
            }
            return values[Math.max(0, Math.min(values.length - 1, (int) Math.ceil(p * values.length) - 1))];
        }

        @Override
        public String toString() {
            return String.format(
                            Locale.ROOT,
                            "p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  unanswered %d  deferred %d  asker-only %d"
                                    + "  | dispatch span %.1f ms, last callback +%.1f ms"
                                    + "  | p50/p99 stages: gateway→event %.1f/%.1f, pool queue %.1f/%.1f, handler %.1f/%.1f,"
                                    + " →callback %.1f/%.1f",
                            ms(p50()),
                            ms(p99()),
                            ms(max()),
                            unanswered,
                            deferred,
                            askerOnly,
                            ms(lastDispatch - firstDispatch),
                            ms(lastCallback - firstDispatch),
                            ms(stageP50(0)),
                            ms(stagePercentile(0, 0.99)),
                            ms(stageP50(1)),
                            ms(stagePercentile(1, 0.99)),
                            ms(stageP50(2)),
                            ms(stagePercentile(2, 0.99)),
                            ms(stageP50(3)),
                            ms(stagePercentile(3, 0.99)))
                    + (STUDENTS
                            ? String.format(
                                    Locale.ROOT,
                                    "\n         answered (ack ≤ 3 s, final ≤ 15 s) %d of %d"
                                            + ", final replies %d, p99 to the final reply %.1f ms"
                                            + ", answered while the burst still arrived %d",
                                    answeredInTime,
                                    latency.length,
                                    finals,
                                    ms(finalP99()),
                                    answeredWhileArriving)
                            : "")
                    + (cpu == null ? "" : "\n         CPU in round: " + cpu)
                    + (samples == null || samples.isEmpty() ? "" : "\n         studybot-handler samples: " + samples);
        }
    }

    record BurstResult(List<Round> studybot, List<Round> floor) {

        /** The round whose p99 is the median p99 (rounds are odd in number by default). */
        static Round medianRound(List<Round> rounds) {
            List<Round> sorted = new ArrayList<>(rounds);
            sorted.sort((a, b) -> Long.compare(a.p99(), b.p99()));
            return sorted.get((sorted.size() - 1) / 2);
        }

        static int unanswered(List<Round> rounds) {
            return rounds.stream().mapToInt(round -> round.unanswered).sum();
        }
    }

    // ---------------------------------------------------------------- startup

    private static StartupResult startup(Options options) throws Exception {
        System.out.println();
        System.out.println("## Startup: fresh JVM (java -cp <test classpath> ...) until the fake receives"
                + " PUT applications/{id}/commands, " + options.startups + " runs each, alternating");
        String classpath = classpath();
        Path logs = Files.createDirectories(Path.of("target", "discord-bench"));
        Path snapshots =
                new ConfigLoader().load(Path.of(options.config)).dataFolder().resolve(BookSnapshots.FOLDER);
        System.out.println(
                options.firstStarts
                        ? "studybot's every start without its books' snapshots (" + snapshots + " deleted before it)"
                        : "studybot's starts after the first read their books' snapshots from " + snapshots);
        List<Startup> studybot = new ArrayList<>();
        List<Startup> minimal = new ArrayList<>();
        for (int i = 0; i < options.startupWarmup; i++) {
            forgetSnapshots(options, snapshots);
            System.out.println("warm-up (discarded, warms the page cache)  studybot  "
                    + startOnce(
                            options,
                            classpath,
                            logs.resolve("studybot-warmup.log"),
                            "studybot.Main",
                            "--config",
                            options.config));
            System.out.println("warm-up (discarded, warms the page cache)  minimal   "
                    + startOnce(options, classpath, logs.resolve("minimal-warmup.log"), MinimalBot.class.getName()));
        }
        for (int i = 0; i < options.startups; i++) {
            boolean studybotFirst = i % 2 == 0;
            for (int j = 0; j < 2; j++) {
                boolean isStudybot = (j == 0) == studybotFirst;
                if (isStudybot) {
                    forgetSnapshots(options, snapshots);
                }
                Startup run = isStudybot
                        ? startOnce(
                                options,
                                classpath,
                                logs.resolve("studybot-" + i + ".log"),
                                "studybot.Main",
                                "--config",
                                options.config)
                        : startOnce(
                                options, classpath, logs.resolve("minimal-" + i + ".log"), MinimalBot.class.getName());
                (isStudybot ? studybot : minimal).add(run);
                System.out.println("run " + (i + 1) + "  " + (isStudybot ? "studybot" : "minimal ") + "  " + run);
            }
        }
        return new StartupResult(studybot, minimal);
    }

    /** With {@code --first-starts}: deletes the snapshots of studybot's books, so its next start parses them. */
    private static void forgetSnapshots(Options options, Path snapshots) throws java.io.IOException {
        if (!options.firstStarts || !Files.isDirectory(snapshots)) {
            return;
        }
        try (var files = Files.walk(snapshots)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static Startup startOnce(Options options, String classpath, Path log, String mainClass, String... args)
            throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            List<String> command = new ArrayList<>(List.of(javaBinary()));
            command.addAll(options.childArgs);
            command.addAll(List.of("-cp", classpath, mainClass));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(Path.of("").toAbsolutePath().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(discord.environment());
            long started = System.nanoTime();
            Process process = builder.start();
            CHILDREN.add(process);
            try {
                RecordedRequest registered = discord.rest()
                        .awaitRequest(request -> request.is("PUT", "applications/\\d+/commands"), STARTUP_TIMEOUT);
                RecordedRequest login = discord.rest().requests().all().get(0);
                long total = registered.receivedNanos() - started;
                long toLogin = login.receivedNanos() - started;
                long cpu = process.toHandle()
                        .info()
                        .totalCpuDuration()
                        .map(java.time.Duration::toNanos)
                        .orElse(0L);
                threadCpu(process.pid(), log);
                long answering = mainClass.equals(MinimalBot.class.getName())
                        ? total
                        : awaitLine(log, ANSWERING, STARTUP_TIMEOUT) - started;
                stop(process);
                return new Startup(total, toLogin, answering, cpu, registered.status(), split(log));
            } finally {
                stop(process);
            }
        }
    }

    /**
     * Waits until a line of the child's log contains {@code text}, polling the file; returns {@link System#nanoTime()}
     * when it was seen (within a few milliseconds of its writing).
     */
    private static long awaitLine(Path log, String text, java.time.Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(log).contains(text)) {
                return System.nanoTime();
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("no line \"" + text + "\" in " + log + " within " + timeout);
    }

    /** Appends each of the child's threads' CPU time so far to {@code log}.cpu, read from /proc (Linux only). */
    private static void threadCpu(long pid, Path log) {
        StringBuilder out = new StringBuilder();
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                String stat = Files.readString(task.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                out.append(ticks * 10).append(" ms ").append(name).append('\n');
            }
            Files.writeString(Path.of(log + ".cpu"), out);
        } catch (java.io.IOException | RuntimeException e) {
            System.out.println("no thread CPU for " + pid + ": " + e);
        }
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
        CHILDREN.remove(process);
    }

    private static void killChildren() {
        for (Process process : CHILDREN) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /** The text of studybot's "Startup split: ..." line in a child's log; empty for the minimal bot. */
    private static String split(Path log) throws java.io.IOException {
        return Files.readAllLines(log).stream()
                .filter(line -> line.contains(SPLIT))
                .map(line -> line.substring(line.indexOf(SPLIT) + SPLIT.length()))
                .findFirst()
                .orElse("");
    }

    private static final String SPLIT = "Startup split: ";
    /**
     * What studybot logs once a book is indexed: its first is the default book's, which it answers from from then on,
     * while the seeds' other books are still being indexed.
     */
    private static final String ANSWERING = "Book loaded, ";
    /** A step of the split: {@code config 212 ms}. */
    private static final java.util.regex.Pattern STEP =
            java.util.regex.Pattern.compile("([A-Za-z][A-Za-z ]*?) ~?(\\d+) ms");

    /**
     * @param total to commands registered; @param toLogin to the first REST call (login after loading)
     * @param answering to answering from the default book (its indexing done; for the minimal bot, {@code total})
     * @param cpu the child's CPU time (all its threads) once the commands were registered: less sensitive to a loaded
     *     machine than the wall-clock times
     * @param split where studybot says the time before its login went (its own log line), empty for the minimal bot
     */
    record Startup(long total, long toLogin, long answering, long cpu, int status, String split) {

        /** Each step's milliseconds, in the order logged. */
        Map<String, Long> steps() {
            Map<String, Long> steps = new java.util.LinkedHashMap<>();
            java.util.regex.Matcher step = STEP.matcher(split.replace("JVM before main ~", "JVM before main "));
            while (step.find()) {
                steps.put(step.group(1).strip(), Long.parseLong(step.group(2)));
            }
            return steps;
        }

        @Override
        public String toString() {
            return String.format(
                            Locale.ROOT,
                            "commands registered after %6.0f ms (first REST call, i.e. login, at"
                                    + " %6.0f ms; answering from its book at %6.0f ms; PUT answered %d; CPU %6.0f ms)",
                            ms(total),
                            ms(toLogin),
                            ms(answering),
                            status,
                            ms(cpu))
                    + (split.isEmpty() ? "" : "\n           split: " + split);
        }
    }

    record StartupResult(List<Startup> studybot, List<Startup> minimal) {
        static long median(List<Startup> runs, boolean total) {
            return median(runs, run -> total ? run.total() : run.toLogin());
        }

        static long median(List<Startup> runs, java.util.function.ToLongFunction<Startup> figure) {
            long[] values = runs.stream().mapToLong(figure).sorted().toArray();
            return values[(values.length - 1) / 2];
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** This JVM's application classpath (under {@code exec:java} the project's loader holds it, not the property). */
    private static String classpath() {
        ClassLoader loader = DiscordBench.class.getClassLoader();
        if (loader instanceof URLClassLoader urls && urls.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (URL url : urls.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot use classpath entry " + url, e);
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    // ---------------------------------------------------------------- report

    private static void report(Options options, BurstResult burst, StartupResult startup) {
        System.out.println();
        System.out.println("## Summary (median round by p99; startup medians)");
        System.out.println();
        System.out.println("| | studybot | floor / minimal bot | ratio | target | result |");
        System.out.println("|---|---:|---:|---:|---|---|");
        if (burst != null) {
            Round s = BurstResult.medianRound(burst.studybot());
            Round f = BurstResult.medianRound(burst.floor());
            row("burst p50", s.p50(), f.p50(), null);
            row("burst p99", s.p99(), f.p99(), true);
            row("burst max", s.max(), f.max(), null);
            row(
                    "CPU per burst, whole JVM (median round)",
                    medianCpu(burst.studybot(), ""),
                    medianCpu(burst.floor(), ""),
                    null);
            row(
                    "CPU per burst, studybot-handler pool",
                    medianCpu(burst.studybot(), "studybot-handler"),
                    medianCpu(burst.floor(), "studybot-handler"),
                    null);
            row(
                    "CPU per burst, JDA RateLimit workers",
                    medianCpu(burst.studybot(), "JDA RateLimit"),
                    medianCpu(burst.floor(), "JDA RateLimit"),
                    null);
            row(
                    "CPU per burst, JDA gateway read thread",
                    medianCpu(burst.studybot(), "JDA [# / #] MainWS"),
                    medianCpu(burst.floor(), "JDA [# / #] MainWS"),
                    null);
            if (STUDENTS) {
                int studybot = burst.studybot().stream()
                        .mapToInt(round -> round.answeredInTime)
                        .sum();
                int floor = burst.floor().stream()
                        .mapToInt(round -> round.answeredInTime)
                        .sum();
                System.out.printf(
                        Locale.ROOT,
                        "| answered: ack ≤ 3 s and final ≤ 15 s (all %d rounds) | %d | %d |"
                                + " | as many as the floor | %s |%n",
                        options.rounds,
                        studybot,
                        floor,
                        studybot >= floor ? "PASS" : "FAIL");
                row(
                        "p99 to the final reply (median round)",
                        BurstResult.medianRound(burst.studybot()).finalP99(),
                        BurstResult.medianRound(burst.floor()).finalP99(),
                        null);
            }
            int unanswered = BurstResult.unanswered(burst.studybot());
            System.out.printf(
                    Locale.ROOT,
                    "| unanswered (all %d rounds) | %d | %d | | 0 | %s |%n",
                    options.rounds,
                    unanswered,
                    BurstResult.unanswered(burst.floor()),
                    unanswered == 0 ? "PASS" : "FAIL");
        }
        if (startup != null) {
            row(
                    "startup to commands registered",
                    StartupResult.median(startup.studybot(), true),
                    StartupResult.median(startup.minimal(), true),
                    true);
            row(
                    "startup to login (first REST call)",
                    StartupResult.median(startup.studybot(), false),
                    StartupResult.median(startup.minimal(), false),
                    null);
            row(
                    "startup to answering from the default book",
                    StartupResult.median(startup.studybot(), Startup::answering),
                    StartupResult.median(startup.minimal(), Startup::answering),
                    null);
            row(
                    "CPU to commands registered (whole JVM)",
                    StartupResult.median(startup.studybot(), Startup::cpu),
                    StartupResult.median(startup.minimal(), Startup::cpu),
                    null);
            System.out.println();
            System.out.println("studybot's own split of its start, median of each step over the runs (its log line):");
            Map<String, List<Long>> steps = new java.util.LinkedHashMap<>();
            startup.studybot()
                    .forEach(run -> run.steps()
                            .forEach((step, millis) -> steps.computeIfAbsent(step, name -> new ArrayList<>())
                                    .add(millis)));
            steps.forEach((step, values) -> {
                List<Long> sorted = values.stream().sorted().toList();
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %d ms | (%d–%d ms over %d runs) |%n",
                        step,
                        sorted.get((sorted.size() - 1) / 2),
                        sorted.get(0),
                        sorted.get(sorted.size() - 1),
                        sorted.size());
            });
        }
    }

    private static long medianCpu(List<Round> rounds, String group) {
        long[] values = rounds.stream()
                .mapToLong(round -> group.isEmpty() ? round.cpu.processNanos() : round.cpu.group(group))
                .sorted()
                .toArray();
        return values[(values.length - 1) / 2];
    }

    private static void row(String what, long studybot, long floor, Boolean target) {
        double ratio = floor == 0 ? Double.NaN : (double) studybot / floor;
        System.out.printf(
                Locale.ROOT,
                "| %s | %.1f ms | %.1f ms | %.2f× | %s | %s |%n",
                what,
                ms(studybot),
                ms(floor),
                ratio,
                target == null ? "" : "≤ " + targetRatio() + "×",
                target == null ? "" : ratio <= targetRatio() ? "PASS" : "FAIL");
    }

    private static double targetRatio() {
        return MIXED ? MIXED_TARGET_RATIO : TARGET_RATIO;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static final class Options {
        int rounds = 5;
        int burst = 200;
        int warmup = 5;
        int startups = 5;
        int startupWarmup = 1;
        List<String> childArgs = new ArrayList<>();
        boolean runBurst = true;
        boolean runStartup = true;
        boolean inline;
        boolean sample;
        boolean mixed;
        boolean students;
        int chapters;
        Path dataFolder;
        String config = CONFIG;
        /** With {@code --first-starts}: every studybot start without the snapshots of its books, as a first start. */
        boolean firstStarts;
        /** With {@code --only}: the one bot this JVM runs, {@code studybot} or {@code floor}. */
        String only;

        boolean coldJvms;
        List<String> raw = List.of();

        static Options parse(String[] args) {
            Options options = new Options();
            options.raw = List.of(args);
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--rounds" -> options.rounds = Integer.parseInt(args[++i]);
                    case "--burst" -> options.burst = Integer.parseInt(args[++i]);
                    case "--warmup" -> options.warmup = Integer.parseInt(args[++i]);
                    case "--startups" -> options.startups = Integer.parseInt(args[++i]);
                    case "--startup-warmup" -> options.startupWarmup = Integer.parseInt(args[++i]);
                    case "--child-arg" -> options.childArgs.add(args[++i]);
                    case "--skip-burst" -> options.runBurst = false;
                    case "--skip-startup" -> options.runStartup = false;
                    case "--diagnose-inline" -> options.inline = true;
                    case "--sample-threads" -> options.sample = true;
                    case "--mixed" -> options.mixed = true;
                    case "--students" -> options.students = true;
                    case "--chapters" -> options.chapters = Integer.parseInt(args[++i]);
                    case "--data-folder" -> options.dataFolder = Path.of(args[++i]);
                    case "--only" -> options.only = args[++i];
                    case "--cold-jvms" -> options.coldJvms = true;
                    case "--config" -> options.config = args[++i];
                    case "--first-starts" -> options.firstStarts = true;
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]);
                }
            }
            return options;
        }
    }
}
