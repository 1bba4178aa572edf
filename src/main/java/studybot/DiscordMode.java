package studybot;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import studybot.config.StudybotConfig;
import studybot.dailytips.discord.DailyTipsFeature;
import studybot.discord.DiscordBot;
import studybot.discord.ShardStatus;
import studybot.discord.connect.DiscordEndpoints;
import studybot.discord.connect.DiscordUnreachableException;
import studybot.discord.connect.RejectedTokenException;
import studybot.library.LibraryException;
import studybot.reload.SeedsWatcher;
import studybot.stats.TipCounts;

/**
 * studybot on Discord, from startup to SIGTERM. The book is indexed on its own thread once the login is under way,
 * so the gateway handshake and command registration overlap the indexing instead of waiting for it (an
 * interaction that arrives first waits for the book). Discord being unreachable is waited out, with the book
 * loaded meanwhile; a rejected token or bad seeds are not.
 */
final class DiscordMode {

    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration LAST_RETRY = Duration.ofMinutes(5);

    private final StudybotConfig config;
    private final DiscordEndpoints endpoints;
    private final Clock clock;
    private final PrintStream err;
    private final CompletableFuture<Void> loading = new CompletableFuture<>();
    private boolean loadingStarted;

    DiscordMode(StudybotConfig config, DiscordEndpoints endpoints, Clock clock, PrintStream err) {
        this.config = config;
        this.endpoints = endpoints;
        this.clock = clock;
        this.err = err;
    }

    /**
     * Runs until SIGTERM (or Ctrl-C), when the shutdown hook drains interactions, closes the gateway and ends the
     * process with status 0, since stopping on request is success (or 2 when the book turned out bad meanwhile).
     *
     * @throws studybot.store.StoreException when the daily-tips store can't be used
     */
    int run() throws RejectedTokenException, LibraryException {
        ShardStatus shards = new ShardStatus();
        AtomicReference<DailyTipsFeature> dailyTips = new AtomicReference<>();
        TipCounts tipCounts = TipCounts.of(() -> dailyTips.get().service().tipsPostedToday(),
                () -> dailyTips.get().service().pausedServers());
        Studybot studybot = Studybot.create(config, clock, shards, tipCounts);
        dailyTips.set(DailyTipsFeature.open(studybot, clock));

        DiscordBot bot = connectPatiently(studybot, dailyTips.get());
        startLoading(studybot);
        shards.attach(bot.shardManager());
        Duration grace = Duration.ofSeconds(config.discord().shutdownGraceSeconds());
        AtomicReference<SeedsWatcher> watcher = new AtomicReference<>();
        AtomicInteger exitStatus = new AtomicInteger(0);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Optional.ofNullable(watcher.get()).ifPresent(SeedsWatcher::close);
            shutDown(bot, grace);
            err.println("studybot: stopped");
            Runtime.getRuntime().halt(exitStatus.get());
        }, "studybot-shutdown"));
        try {
            loading.handle((done, failure) -> done).join();
            rethrowIfFailed();
        } catch (LibraryException | RuntimeException e) {
            exitStatus.set(2);
            throw e;
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
    private void startLoading(Studybot studybot) {
        if (loadingStarted) {
            return;
        }
        loadingStarted = true;
        Thread loader = new Thread(() -> {
            try {
                studybot.loadBook();
                loading.complete(null);
            } catch (LibraryException | RuntimeException e) {
                loading.completeExceptionally(e);
            }
        }, "studybot-book-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** Rethrows a failed book load, so bad seeds stop startup even while Discord is still being waited for. */
    private void rethrowIfFailed() throws LibraryException {
        if (!loading.isCompletedExceptionally()) {
            return;
        }
        try {
            loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof LibraryException library) {
                throw library;
            }
            throw e;
        }
    }

    private DiscordBot connectPatiently(Studybot studybot, DailyTipsFeature dailyTips)
            throws RejectedTokenException, LibraryException {
        Duration pause = FIRST_RETRY;
        while (true) {
            try {
                return DiscordBot.start(studybot, endpoints, studybot.interactions(), List.of(dailyTips));
            } catch (DiscordUnreachableException e) {
                startLoading(studybot);
                rethrowIfFailed();
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
