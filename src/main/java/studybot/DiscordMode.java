package studybot;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import studybot.book.CurrentBook;
import studybot.config.StudybotConfig;
import studybot.dailytips.DailyTipService;
import studybot.dailytips.discord.DailyTipsOnDiscord;
import studybot.discord.DiscordBot;
import studybot.discord.DiscordService;
import studybot.discord.ShardStatus;
import studybot.discord.connect.DiscordEndpoints;
import studybot.discord.connect.DiscordUnreachableException;
import studybot.discord.connect.RejectedTokenException;
import studybot.library.Library;
import studybot.library.LibraryException;
import studybot.reload.SeedsWatcher;
import studybot.shards.Heartbeat;
import studybot.shards.ProcessRegistry;
import studybot.stats.TipCounts;
import studybot.store.Store;
import studybot.store.Stores;

/**
 * studybot on Discord, from startup to SIGTERM. The seeds are read and checked before connecting, so bad seeds
 * stop startup at once; indexing them, the slow part, runs on its own thread once the login is under way, so the
 * gateway handshake and command registration overlap it (an interaction that arrives first waits for the book).
 * Discord being unreachable is waited out, with the book indexed meanwhile; a rejected token is not.
 */
final class DiscordMode {

    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration LAST_RETRY = Duration.ofMinutes(5);

    private final StudybotConfig config;
    private final DiscordEndpoints endpoints;
    private final Clock clock;
    private final PrintStream err;
    private final Map<String, String> env;
    private final CompletableFuture<Void> indexing = new CompletableFuture<>();
    private boolean indexingStarted;

    DiscordMode(StudybotConfig config, DiscordEndpoints endpoints, Clock clock, PrintStream err,
                Map<String, String> env) {
        this.config = config;
        this.env = env;
        this.endpoints = endpoints;
        this.clock = clock;
        this.err = err;
    }

    /**
     * Runs until SIGTERM (or Ctrl-C), when the shutdown hook drains interactions, closes the gateway and ends the
     * process with status 0, since stopping on request is success.
     *
     * @throws LibraryException when the seeds are bad, before anything connects
     * @throws studybot.store.StoreException when the daily-tips store can't be used, before anything connects
     */
    int run() throws RejectedTokenException, LibraryException {
        Library library = Studybot.readBook(config, clock);
        CurrentBook book = new CurrentBook();
        Store store = Stores.open(config.store(), config.dataFolder(), env, StoreSchemas.ALL, clock);
        DailyTipsOnDiscord dailyTips = DailyTipsOnDiscord.over(store, config.dailyTips(), config.discord().shards(),
                book, clock);
        DailyTipService tips = dailyTips.service();
        Heartbeat heartbeat = new Heartbeat(new ProcessRegistry(store, clock),
                config.discord().shards());
        ShardStatus shards = new ShardStatus(config.discord().shards(), heartbeat::fleet);
        Studybot studybot = Studybot.create(config, clock, book, shards,
                TipCounts.of(tips::tipsPostedToday, tips::pausedServers, tips::storeProblem),
                List.of(dailyTips.tips().feature()));

        DiscordBot bot = connectPatiently(studybot, library, List.of(heartbeat, dailyTips));
        startIndexing(studybot, library);
        shards.attach(bot.shardManager());
        Duration grace = Duration.ofSeconds(config.discord().shutdownGraceSeconds());
        AtomicReference<SeedsWatcher> watcher = new AtomicReference<>();
        AtomicInteger exitStatus = new AtomicInteger(0);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Optional.ofNullable(watcher.get()).ifPresent(SeedsWatcher::close);
            shutDown(bot, grace);
            store.close();
            err.println("studybot: stopped");
            Runtime.getRuntime().halt(exitStatus.get());
        }, "studybot-shutdown"));
        try {
            indexing.join();
        } catch (CompletionException e) {
            err.println("studybot: could not index the book: " + e.getCause());
            exitStatus.set(1);
            return 1;
        }
        studybot.watchSeeds().ifPresent(watcher::set);
        err.println("studybot: connected to Discord");
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Starts indexing the book on its own thread, the first time only (called from the main thread alone). */
    private void startIndexing(Studybot studybot, Library library) {
        if (indexingStarted) {
            return;
        }
        indexingStarted = true;
        Thread indexer = new Thread(() -> {
            try {
                studybot.serve(library);
                indexing.complete(null);
            } catch (RuntimeException e) {
                indexing.completeExceptionally(e);
            }
        }, "studybot-indexer");
        indexer.setDaemon(true);
        indexer.start();
    }

    private DiscordBot connectPatiently(Studybot studybot, Library library, List<DiscordService> services)
            throws RejectedTokenException {
        Duration pause = FIRST_RETRY;
        while (true) {
            try {
                return DiscordBot.start(studybot.registry(), endpoints, config.discord(), studybot.interactions(),
                        services);
            } catch (DiscordUnreachableException e) {
                startIndexing(studybot, library);
                err.println("studybot: " + e.getMessage() + "; trying again in " + pause.toSeconds() + " s");
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : pause.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void shutDown(DiscordBot bot, Duration grace) {
        try {
            bot.shutdown(grace);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
