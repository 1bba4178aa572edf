package studybot;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.config.ConfigException;
import studybot.config.StudybotConfig;
import studybot.discord.DiscordBot;
import studybot.discord.connect.DiscordEndpoints;
import studybot.discord.connect.DiscordUnreachableException;
import studybot.discord.connect.JdaHttpClient;
import studybot.discord.connect.RejectedTokenException;
import studybot.library.LibraryException;
import studybot.metrics.MetricsEndpoint;
import studybot.reload.SeedsWatcher;
import studybot.shelf.ReadBook;
import studybot.store.OpeningStore;
import studybot.store.StoreException;
import studybot.store.Stores;

/**
 * studybot on Discord, from startup until it is asked to stop. Before the login only what the login needs runs on the
 * main thread: the config and logging (JDA's HTTP client is built beside them, {@link JdaHttpClient#buildBeside()}).
 * The features are built beside the login, on a thread of their own (the gateway's first events wait for them, and
 * their commands are registered once the gateway is ready), and the seeds are read and checked on another; indexing
 * them, the slow part, and opening the store run once the gateway is ready and the commands are registered (or
 * {@link #REGISTRATION_FIRST} after the login), so neither the indexer nor Flyway takes the CPU the login, the gateway
 * handshake and the registration need (an interaction that arrives first waits for the book, and store work for the
 * store, deferred rather than refused). Bad seeds and a store that cannot be opened still stop studybot with exit 2,
 * just after the login rather than before. One INFO line says where the time before the login went
 * ({@link StartupSteps}). Discord being unreachable is waited out, with the book indexed and the store opened
 * meanwhile; a rejected token is not.
 *
 * <p>Stopping happens here, on the thread that started, whatever asked for it ({@link StopRequest}): the interactions
 * received are answered or told to retry, the daily tips stop, the gateway and the store close, and the status is
 * returned.
 */
final class DiscordMode {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordMode.class);

    /**
     * How long opening the store and indexing the book wait after the login for the gateway to be ready and the
     * commands to be registered. On two cores the store's migrations and the indexer's two threads, begun at the login,
     * took the CPU the gateway handshake and the registration needed and delayed them by ~150 ms; members can use no
     * command before the gateway is ready, and store work that arrives first waits for the store, deferred rather than
     * refused. A process that registers nothing (not the first shard) or a slow gateway waits this long at most.
     */
    private static final Duration REGISTRATION_FIRST = Duration.ofSeconds(2);

    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    /** How much longer than the grace period a stop may take before it no longer waits for the start. */
    private static final Duration STOP_MARGIN = Duration.ofSeconds(5);

    private static final Duration LAST_RETRY = Duration.ofMinutes(5);

    private final StudybotConfig config;
    private final DiscordEndpoints endpoints;
    private final JdaHttpClient http;
    private final Clock clock;
    private final PrintStream err;
    private final Map<String, String> env;
    private final StartupSteps steps;
    private final CompletableFuture<Void> indexing = new CompletableFuture<>();
    private boolean indexingStarted;

    DiscordMode(
            StudybotConfig config,
            DiscordEndpoints endpoints,
            JdaHttpClient http,
            Clock clock,
            PrintStream err,
            Map<String, String> env,
            StartupSteps steps) {
        this.config = config;
        this.http = http;
        this.steps = steps;
        this.env = env;
        this.endpoints = endpoints;
        this.clock = clock;
        this.err = err;
    }

    /**
     * Runs until {@code stop} is asked for (SIGTERM, Ctrl-C, or Discord closing the gateway for good), then shuts down
     * in order and returns the exit status asked for: 0 on a signal, also while still trying to connect; 1 when the
     * gateway cannot be resumed or the book cannot be indexed.
     *
     * @throws LibraryException when the seeds are bad; the bot, logged in meanwhile, is shut down first
     * @throws StoreException when the store can't be opened; the bot, logged in meanwhile, is shut down first
     */
    int run(StopRequest stop) throws RejectedTokenException, LibraryException, InterruptedException {
        CompletableFuture<Integer> running = new CompletableFuture<>();
        Thread starter = new Thread(
                () -> {
                    try {
                        running.complete(runInOrder(stop));
                    } catch (Exception | Error e) {
                        running.completeExceptionally(e);
                    }
                },
                "studybot-discord");
        starter.setDaemon(true);
        starter.start();
        try {
            CompletableFuture.anyOf(running, stop.asFuture()).get();
            Duration grace =
                    Duration.ofSeconds(config.discord().shutdownGraceSeconds()).plus(STOP_MARGIN);
            return running.get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // still starting (a book read from its files, a store another process holds): nothing was received yet
            if (stop.isRequestedAsSuccess()) {
                err.println("studybot: stopped");
            }
            return stop.await();
        } catch (ExecutionException e) {
            return exitStatusOf(running);
        }
    }

    /** The status the mode returned, or the failure it stopped with, as thrown on the main thread. */
    private static int exitStatusOf(CompletableFuture<Integer> running)
            throws RejectedTokenException, LibraryException, InterruptedException {
        try {
            return running.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RejectedTokenException rejected) {
                throw rejected;
            }
            if (cause instanceof LibraryException library) {
                throw library;
            }
            if (cause instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) cause;
        }
    }

    /**
     * Starts, runs and stops in order, on a thread of its own: SIGTERM while the start still waits (a large book read
     * from its files, a store another process holds) must not wait for it, so {@link #run} returns the stop's status
     * once the grace period (and {@link #STOP_MARGIN}) has passed after a stop was asked for.
     */
    private int runInOrder(StopRequest stop) throws RejectedTokenException, LibraryException, InterruptedException {
        try (OpeningStore store = Stores.openLater(config.store(), config.dataFolder(), env, StoreSchemas.ALL, clock)) {
            CompletableFuture<DiscordStudybot> building = buildFeaturesBeside(store);
            CompletableFuture<ReadBook> seeds = readSeedsBeside(building);
            Optional<DiscordBot> connected = connectPatiently(building, seeds, store, stop);
            if (connected.isEmpty()) {
                err.println("studybot: stopped");
                return stop.await();
            }
            DiscordBot bot = connected.get();
            steps.done("login");
            DiscordStudybot wired;
            ReadBook library;
            try {
                wired = built(building);
                library = read(seeds);
            } catch (LibraryException | RuntimeException | Error e) {
                stopAfterLogin(bot, store);
                throw e;
            }
            LOG.info("Startup split: {}", steps);
            bot.awaitReady(REGISTRATION_FIRST);
            store.begin();
            startIndexing(wired.studybot(), library);
            try {
                store.awaitOpen();
            } catch (StoreException e) {
                stopAfterLogin(bot, store);
                throw e;
            }
            bot.gaveUp().thenAccept(reason -> {
                err.println("studybot: " + reason);
                stop.request(1);
            });
            return runUntilStopped(wired, bot, stop);
        }
    }

    /**
     * Builds the features on a thread of their own, beside the login: the login needs none of them, and the gateway's
     * first events wait for them ({@link DiscordStudybot#connectWhileBuilt}).
     */
    private CompletableFuture<DiscordStudybot> buildFeaturesBeside(OpeningStore store) {
        CompletableFuture<DiscordStudybot> built = new CompletableFuture<>();
        Thread builder = new Thread(
                () -> {
                    long started = System.nanoTime();
                    try {
                        DiscordStudybot wired = CompositionRoot.onDiscord(config, store, clock);
                        steps.besideTook("features", Duration.ofNanos(System.nanoTime() - started));
                        built.complete(wired);
                    } catch (RuntimeException | Error e) {
                        built.completeExceptionally(e);
                    }
                },
                "studybot-features");
        builder.setDaemon(true);
        builder.start();
        return built;
    }

    private static DiscordStudybot built(CompletableFuture<DiscordStudybot> building) throws InterruptedException {
        try {
            return building.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw (Error) e.getCause();
        }
    }

    /**
     * Shuts the bot down when startup fails after the login (bad seeds, a store that cannot be opened). The store is
     * closed first: one never begun then never opens (nothing starts on a bot already gone), and store work waiting for
     * it fails instead of waiting forever.
     */
    private void stopAfterLogin(DiscordBot bot, OpeningStore store) throws InterruptedException {
        store.close();
        Duration grace = Duration.ofSeconds(config.discord().shutdownGraceSeconds());
        // a gateway still saying hello when JDA shuts down logs a stack trace of its own: let it finish first
        bot.awaitReady(grace);
        bot.shutdown(grace);
    }

    private int runUntilStopped(DiscordStudybot wired, DiscordBot bot, StopRequest stop) throws InterruptedException {
        Studybot studybot = wired.studybot();
        Optional<SeedsWatcher> watcher = Optional.empty();
        Optional<MetricsEndpoint> metrics = studybot.serveMetrics();
        try {
            CompletableFuture.anyOf(indexing, stop.asFuture()).get();
            if (!stop.isRequested()) {
                watcher = studybot.watchSeeds();
                studybot.startSearchByMeaning();
                wired.charts().warmUpInBackground();
                err.println("studybot: connected to Discord");
            }
            return stop.await();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ConfigException config) {
                err.println("studybot: " + config.getMessage());
                return 2;
            }
            err.println("studybot: could not index the book: " + e.getCause());
            return 1;
        } finally {
            studybot.stopSearchByMeaning();
            watcher.ifPresent(SeedsWatcher::close);
            metrics.ifPresent(MetricsEndpoint::close);
            bot.shutdown(Duration.ofSeconds(config.discord().shutdownGraceSeconds()));
            if (stop.isRequestedAsSuccess()) {
                err.println("studybot: stopped");
            }
        }
    }

    /**
     * Reads and checks the seeds on a thread of their own, beside building the features and logging in: the book is
     * needed only once the login is under way (to index it). A snapshot (or seed text) is read at once; an imported
     * book that must be parsed (a first start, or a changed book) waits until the features are built (or failed to be),
     * since the commands' registration waits for them, and on two cores a parse taking seconds of CPU beside their
     * build delayed it by as much. Bad seeds still stop startup with exit 2, just after the login rather than before
     * it.
     */
    private CompletableFuture<ReadBook> readSeedsBeside(CompletableFuture<DiscordStudybot> features) {
        CompletableFuture<ReadBook> read = new CompletableFuture<>();
        Runnable afterTheFeatures =
                () -> features.handle((built, failure) -> null).join();
        Thread reader = new Thread(
                () -> {
                    long started = System.nanoTime();
                    try {
                        read.complete(Studybot.readBook(config, clock, afterTheFeatures));
                        steps.besideTook("seeds", Duration.ofNanos(System.nanoTime() - started));
                    } catch (LibraryException | RuntimeException | Error e) {
                        read.completeExceptionally(e);
                    }
                },
                "studybot-seeds");
        reader.setDaemon(true);
        reader.start();
        return read;
    }

    private static ReadBook read(CompletableFuture<ReadBook> seeds) throws LibraryException, InterruptedException {
        try {
            return seeds.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LibraryException bad) {
                throw bad;
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw (Error) e.getCause();
        }
    }

    /** Starts indexing the book on its own thread, the first time only (called from the main thread alone). */
    private void startIndexing(Studybot studybot, ReadBook library) {
        if (indexingStarted) {
            return;
        }
        indexingStarted = true;
        Thread indexer = new Thread(
                () -> {
                    try {
                        studybot.serve(library);
                        indexing.complete(null);
                    } catch (LibraryException | ConfigException | RuntimeException e) {
                        indexing.completeExceptionally(e);
                    }
                },
                "studybot-indexer");
        indexer.setDaemon(true);
        indexer.start();
    }

    /**
     * The running bot, or empty when a stop was asked for before Discord could be reached.
     *
     * @throws StoreException when the store could not be opened while Discord was unreachable
     */
    private Optional<DiscordBot> connectPatiently(
            CompletableFuture<DiscordStudybot> building,
            CompletableFuture<ReadBook> seeds,
            OpeningStore store,
            StopRequest stop)
            throws RejectedTokenException, LibraryException, InterruptedException {
        Duration pause = FIRST_RETRY;
        while (!stop.isRequested()) {
            try {
                return Optional.of(DiscordStudybot.connectWhileBuilt(
                        building, endpoints, http, config, building.thenCompose(DiscordStudybot::storeOpened)));
            } catch (DiscordUnreachableException e) {
                store.begin();
                if (!store.isOpening()) {
                    store.awaitOpen(); // a store that could not be opened stops studybot now, not once Discord is back
                }
                startIndexing(built(building).studybot(), read(seeds));
                err.println("studybot: " + e.getMessage() + "; trying again in " + pause.toSeconds() + " s");
                if (stop.await(pause).isPresent()) {
                    return Optional.empty();
                }
                pause = pause.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : pause.multipliedBy(2);
            }
        }
        return Optional.empty();
    }
}
