package studybot;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import studybot.config.StudybotConfig;
import studybot.discord.DiscordBot;
import studybot.discord.connect.DiscordEndpoints;
import studybot.discord.connect.DiscordUnreachableException;
import studybot.discord.connect.RejectedTokenException;
import studybot.library.LibraryException;
import studybot.metrics.MetricsEndpoint;
import studybot.reload.SeedsWatcher;
import studybot.shelf.ReadBook;
import studybot.store.OpeningStore;
import studybot.store.StoreException;
import studybot.store.Stores;

/**
 * studybot on Discord, from startup until it is asked to stop. The seeds are read and checked before connecting, so bad
 * seeds stop startup at once; indexing them, the slow part, runs on its own thread once the login is under way, so the
 * gateway handshake and command registration overlap it (an interaction that arrives first waits for the book). The
 * store opens on its own thread from the start, beside the login (store work that arrives first waits for it, deferred
 * rather than refused); a store that cannot be opened still stops studybot, just after the login rather than before.
 * Discord being unreachable is waited out, with the book indexed meanwhile; a rejected token is not.
 *
 * <p>Stopping happens here, on the main thread, whatever asked for it ({@link StopRequest}): the interactions received
 * are answered or told to retry, the daily tips stop, the gateway and the store close, and the status is returned.
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

    DiscordMode(
            StudybotConfig config, DiscordEndpoints endpoints, Clock clock, PrintStream err, Map<String, String> env) {
        this.config = config;
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
     * @throws LibraryException when the seeds are bad, before anything connects
     * @throws StoreException when the store can't be opened; the bot, logged in meanwhile, is shut down first
     */
    int run(StopRequest stop) throws RejectedTokenException, LibraryException, InterruptedException {
        ReadBook library = Studybot.readBook(config, clock);
        try (OpeningStore store =
                Stores.openInBackground(config.store(), config.dataFolder(), env, StoreSchemas.ALL, clock)) {
            DiscordStudybot wired = CompositionRoot.onDiscord(config, store, clock);
            Optional<DiscordBot> connected = connectPatiently(wired, library, store, stop);
            if (connected.isEmpty()) {
                err.println("studybot: stopped");
                return stop.await();
            }
            DiscordBot bot = connected.get();
            startIndexing(wired.studybot(), library);
            try {
                store.awaitOpen();
            } catch (StoreException e) {
                Duration grace = Duration.ofSeconds(config.discord().shutdownGraceSeconds());
                // a gateway still saying hello when JDA shuts down logs a stack trace of its own: let it finish first
                bot.awaitReady(grace);
                bot.shutdown(grace);
                throw e;
            }
            bot.gaveUp().thenAccept(reason -> {
                err.println("studybot: " + reason);
                stop.request(1);
            });
            return runUntilStopped(wired.studybot(), bot, stop);
        }
    }

    private int runUntilStopped(Studybot studybot, DiscordBot bot, StopRequest stop) throws InterruptedException {
        Optional<SeedsWatcher> watcher = Optional.empty();
        Optional<MetricsEndpoint> metrics = studybot.serveMetrics();
        try {
            CompletableFuture.anyOf(indexing, stop.asFuture()).get();
            if (!stop.isRequested()) {
                watcher = studybot.watchSeeds();
                studybot.startSearchByMeaning();
                err.println("studybot: connected to Discord");
            }
            return stop.await();
        } catch (ExecutionException e) {
            err.println("studybot: could not index the book: " + e.getCause());
            return 1;
        } finally {
            watcher.ifPresent(SeedsWatcher::close);
            metrics.ifPresent(MetricsEndpoint::close);
            bot.shutdown(Duration.ofSeconds(config.discord().shutdownGraceSeconds()));
            err.println("studybot: stopped");
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
                    } catch (LibraryException | RuntimeException e) {
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
            DiscordStudybot wired, ReadBook library, OpeningStore store, StopRequest stop)
            throws RejectedTokenException, InterruptedException {
        Duration pause = FIRST_RETRY;
        while (!stop.isRequested()) {
            try {
                return Optional.of(wired.connect(endpoints));
            } catch (DiscordUnreachableException e) {
                if (!store.isOpening()) {
                    store.awaitOpen(); // a store that could not be opened stops studybot now, not once Discord is back
                }
                startIndexing(wired.studybot(), library);
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
