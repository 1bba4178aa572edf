package studybot;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Map;
import java.util.Optional;
import studybot.config.ConfigException;
import studybot.config.ConfigLoader;
import studybot.config.StudybotConfig;
import studybot.console.Console;
import studybot.console.ConsoleRenderer;
import studybot.dailytips.discord.DailyTipsFeature;
import studybot.discord.DiscordBot;
import studybot.discord.DiscordFeature;
import studybot.discord.ShardStatus;
import studybot.discord.connect.DiscordEndpoints;
import studybot.discord.connect.DiscordUnreachableException;
import studybot.discord.connect.RejectedTokenException;
import studybot.library.LibraryException;
import studybot.reload.SeedsWatcher;
import studybot.stats.ConnectionInfo;
import studybot.stats.TipCounts;
import studybot.store.StoreException;

/**
 * Starts studybot: on Discord when {@code DISCORD_TOKEN} is set, otherwise (or with {@code console}) as an offline
 * console. Every startup problem is one readable line on stderr and a non-zero exit, never a stack trace.
 */
public final class Main {

    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration LAST_RETRY = Duration.ofMinutes(5);

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, System.getenv(), out, err));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Optional<LaunchOptions> parsed = LaunchOptions.parse(args);
        if (parsed.isEmpty()) {
            err.println(LaunchOptions.USAGE);
            return 2;
        }
        LaunchOptions options = parsed.get();
        try {
            StudybotConfig config = new ConfigLoader().load(options.configFile());
            useLogConfigBeside(options.configFile(), config);
            String token = env.getOrDefault("DISCORD_TOKEN", "");
            if (options.console() || token.isBlank()) {
                Studybot studybot = Studybot.load(config, Clock.systemUTC(), ConnectionInfo.offline(), TipCounts.none());
                watchSeeds(studybot, err);
                return runConsole(studybot, options.console(), out, err);
            }
            DiscordEndpoints endpoints = DiscordEndpoints.fromEnvironment(env);
            ShardStatus shards = new ShardStatus();
            AtomicReference<DailyTipsFeature> dailyTips = new AtomicReference<>();
            TipCounts tipCounts = TipCounts.of(() -> dailyTips.get().service().tipsPostedToday(),
                    () -> dailyTips.get().service().pausedServers());
            Studybot studybot = Studybot.create(config, Clock.systemUTC(), shards, tipCounts);
            dailyTips.set(DailyTipsFeature.open(studybot, Clock.systemUTC()));
            return runDiscord(studybot, loadInBackground(studybot), endpoints, shards, dailyTips.get(), err);
        } catch (ConfigException | LibraryException | StoreException e) {
            err.println("studybot: " + e.getMessage());
            return 2;
        } catch (RejectedTokenException | IllegalArgumentException e) {
            err.println("studybot: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Logging is configured by {@code logback.xml} beside the config file when there is one (the bundled fallback
     * otherwise), with log files under the data folder. Must run before the first logger is created.
     */
    private static void useLogConfigBeside(Path configFile, StudybotConfig config) {
        Path logConfig = configFile.resolveSibling("logback.xml");
        if (System.getProperty("logback.configurationFile") == null && Files.isRegularFile(logConfig)) {
            System.setProperty("logback.configurationFile", logConfig.toString());
        }
        if (System.getProperty("STUDYBOT_DATA") == null) {
            System.setProperty("STUDYBOT_DATA", config.dataFolder().toString());
        }
    }

    private static Optional<SeedsWatcher> watchSeeds(Studybot studybot, PrintStream err) {
        try {
            return studybot.watchSeeds();
        } catch (IOException e) {
            err.println("studybot: cannot watch " + studybot.config().seedsFolder() + " for changes (" + e.getMessage()
                    + "); the book is served but edits need a restart");
            return Optional.empty();
        }
    }

    /**
     * Indexes the book while the bot connects to Discord: the two take about as long as each other, and answers
     * simply wait for the book in the rare case an interaction arrives first.
     */
    private static CompletableFuture<Void> loadInBackground(Studybot studybot) {
        CompletableFuture<Void> loading = new CompletableFuture<>();
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
        return loading;
    }

    /** Rethrows a failed book load, so bad seeds stop startup even while Discord is still being waited for. */
    private static void rethrowIfFailed(CompletableFuture<Void> loading) throws LibraryException {
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

    /**
     * Runs until SIGTERM (or Ctrl-C): the shutdown hook drains interactions, closes the gateway and ends the process
     * with status 0, since stopping on request is success (or 2 when the book turned out bad during startup).
     */
    private static int runDiscord(Studybot studybot, CompletableFuture<Void> loading, DiscordEndpoints endpoints,
                                  ShardStatus shards, DailyTipsFeature dailyTips, PrintStream err)
            throws RejectedTokenException, LibraryException {
        DiscordBot bot = connectPatiently(studybot, loading, endpoints, List.of(dailyTips), err);
        shards.attach(bot.shardManager());
        Duration grace = Duration.ofSeconds(studybot.config().discord().shutdownGraceSeconds());
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
            rethrowIfFailed(loading);
        } catch (LibraryException | RuntimeException e) {
            exitStatus.set(2);
            throw e;
        }
        watchSeeds(studybot, err).ifPresent(watcher::set);
        err.println("studybot: connected to Discord");
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static void shutDown(DiscordBot bot, Duration grace) {
        try {
            bot.shutdown(grace);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static DiscordBot connectPatiently(Studybot studybot, CompletableFuture<Void> loading,
                                               DiscordEndpoints endpoints, List<DiscordFeature> features,
                                               PrintStream err) throws RejectedTokenException, LibraryException {
        Duration pause = FIRST_RETRY;
        while (true) {
            try {
                return DiscordBot.start(studybot, endpoints, studybot.interactions(), features);
            } catch (DiscordUnreachableException e) {
                rethrowIfFailed(loading);
                err.println("studybot: " + e.getMessage() + "; trying again in " + pause.toSeconds() + " s");
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for Discord", interrupted);
                }
                pause = pause.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : pause.multipliedBy(2);
            }
        }
    }

    private static int runConsole(Studybot studybot, boolean asked, PrintStream out, PrintStream err) {
        if (!asked) {
            err.println("studybot is offline: DISCORD_TOKEN is not set, so it answers here instead of on Discord.");
            err.println("To connect to Discord, set DISCORD_TOKEN to your bot's token (see README.md) and start it again.");
        }
        err.println("Type /help for the commands, /quit or end of input to leave. "
                + studybot.book().get().library().size() + " sections loaded.");
        Console console = new Console(studybot.book(), studybot.commands(), studybot.sectionCommand(),
                new ConsoleRenderer());
        try {
            console.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out,
                    System.console() != null);
            return 0;
        } catch (IOException e) {
            err.println("studybot: cannot read input: " + e.getMessage());
            return 1;
        }
    }
}
