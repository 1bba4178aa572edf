package studybot.discord;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.command.CommandRegistry;
import studybot.concurrent.DaemonThreads;
import studybot.config.DiscordConfig;
import studybot.discord.connect.DiscordConnection;
import studybot.discord.connect.DiscordConnector;
import studybot.discord.connect.DiscordEndpoints;
import studybot.discord.connect.DiscordUnreachableException;
import studybot.discord.connect.InteractionDeadlines;
import studybot.discord.connect.JdaHttpClient;
import studybot.discord.connect.RejectedTokenException;
import studybot.stats.Interaction;

/**
 * studybot on Discord: every command of the registry, with buttons and autocomplete, plus the services that need the
 * connection itself ({@link DiscordService}), over one sharded connection. Shutting down stops taking interactions,
 * lets those in flight finish, then closes the gateway.
 */
public final class DiscordBot {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);

    /**
     * Threads for commands that need the store (e.g. {@code /tips}), apart from the other commands' pool. They mostly
     * wait for the store, and the writes of handlers waiting together share one commit (the store's group commit), so
     * more of them than cores means fewer commits in a burst of quiz answers, not more CPU.
     */
    private static final int STORE_HANDLERS = 8;
    /**
     * Store requests waiting at most: far more than a burst of quick writes needs (each is deferred if its turn comes
     * late), few enough to bound memory. Work is turned away earlier if the store stops keeping up.
     */
    private static final int STORE_QUEUE = 10_000;
    /**
     * Commands' early work waiting at most (a few hundred microseconds each): beyond it an interaction simply gets
     * none, and its handler does the work itself.
     */
    private static final int FORESIGHT_QUEUE = 10_000;

    private final DiscordConnection connection;
    private final CompletableFuture<FeaturesOnDiscord> onDiscord;
    private final ExecutorService foresight;
    private final Object lifecycle = new Object();
    /** Guarded by {@code lifecycle}: once set, services that have not started never will. */
    private boolean shutDown;

    private DiscordBot(
            DiscordConnection connection, CompletableFuture<FeaturesOnDiscord> onDiscord, ExecutorService foresight) {
        this.connection = connection;
        this.onDiscord = onDiscord;
        this.foresight = foresight;
    }

    /**
     * Connects and starts answering, with the features built already.
     *
     * @see #start(CompletionStage, DiscordEndpoints, JdaHttpClient, DiscordConfig, Duration, CompletionStage)
     */
    public static DiscordBot start(
            CommandRegistry registry,
            DiscordEndpoints endpoints,
            DiscordConfig discord,
            Consumer<Interaction> observer,
            Duration storePatience,
            CompletionStage<Void> storeOpened,
            List<DiscordService> services)
            throws RejectedTokenException, DiscordUnreachableException {
        return start(
                CompletableFuture.completedFuture(new BotFeatures(registry, observer, services)),
                endpoints,
                JdaHttpClient.builtAtLogin(),
                discord,
                storePatience,
                storeOpened);
    }

    /**
     * Connects, and starts answering once {@code features} are built: only the login needs to wait for nothing but the
     * connection, so the features may still be being built beside it. The gateway's first events wait for them
     * ({@link LateListeners}); the commands are registered once they are built and the gateway is ready.
     *
     * @param features what the bot answers with; if they cannot be built, the bot answers nothing and the caller shuts
     *     it down
     * @param http the HTTP client JDA is given ({@link JdaHttpClient#buildBeside()}), or one built at the login
     * @param discord the servers to register the commands on (none: globally) and the shards to run
     * @param storePatience how long store work may wait in the queue before new store work is told the store is busy:
     *     the store's own busy timeout
     * @param storeOpened completes when the store has opened ({@link studybot.store.Store#opened()}): until then store
     *     work waits for it instead of being turned away, and the services start only then
     * @throws RejectedTokenException when Discord refuses the token; nothing is left running then
     * @throws DiscordUnreachableException when Discord can't be reached; nothing is left running then either
     */
    public static DiscordBot start(
            CompletionStage<BotFeatures> features,
            DiscordEndpoints endpoints,
            JdaHttpClient http,
            DiscordConfig discord,
            Duration storePatience,
            CompletionStage<Void> storeOpened)
            throws RejectedTokenException, DiscordUnreachableException {
        ExecutorService handlers = Executors.newFixedThreadPool(
                Math.max(2, Runtime.getRuntime().availableProcessors()), DaemonThreads.numbered("studybot-handler"));
        ScheduledExecutorService timers =
                Executors.newSingleThreadScheduledExecutor(DaemonThreads.numbered("studybot-deadline"));
        ExecutorService storeHandlers = new StoreHandlerPool(
                STORE_HANDLERS,
                STORE_QUEUE,
                storePatience,
                () -> storeOpened.toCompletableFuture().isDone(),
                DaemonThreads.numbered("studybot-store-handler"));
        ExecutorService foresight = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(FORESIGHT_QUEUE),
                DaemonThreads.numbered("studybot-foresight"));
        LateListeners late = new LateListeners();
        InteractionDeadlines deadlines = new InteractionDeadlines();
        DiscordConnection connection;
        try {
            connection = new DiscordConnector(endpoints, discord.shards(), http).connect(List.of(late), deadlines);
        } catch (RejectedTokenException | DiscordUnreachableException | RuntimeException e) {
            handlers.shutdownNow();
            storeHandlers.shutdownNow();
            timers.shutdownNow();
            foresight.shutdownNow();
            throw e;
        }
        CompletableFuture<FeaturesOnDiscord> onDiscord = features.toCompletableFuture()
                .thenApply(built ->
                        FeaturesOnDiscord.on(built, discord, handlers, storeHandlers, timers, foresight, deadlines));
        onDiscord.whenComplete((ready, failure) -> {
            if (failure != null) {
                handlers.shutdownNow();
                storeHandlers.shutdownNow();
                timers.shutdownNow();
                foresight.shutdownNow();
            }
            late.attach(failure != null ? List.of() : ready.listeners());
        });
        DiscordBot bot = new DiscordBot(connection, onDiscord, foresight);
        // once the features are built and the store is open, on whichever thread finished last; never if either failed
        CompletableFuture.allOf(onDiscord, storeOpened.toCompletableFuture()).thenRun(bot::startServices);
        return bot;
    }

    public ShardManager shardManager() {
        return connection.shardManager();
    }

    /** Completes, once, with a readable reason if Discord closed the gateway for good. */
    public CompletableFuture<String> gaveUp() {
        return connection.gaveUp();
    }

    /** Waits until the gateway is connected and the slash commands are registered. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        if (!connection.awaitConnected(timeout)) {
            return false;
        }
        try {
            return onDiscord
                    .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)
                    .registrar()
                    .awaitRegistered(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    /** Starts the services, unless the bot was shut down first (the store opened after a failed start). */
    private void startServices() {
        synchronized (lifecycle) {
            if (shutDown) {
                return;
            }
            onDiscord.join().services().forEach(service -> {
                try {
                    service.connected(connection.shardManager());
                } catch (RuntimeException e) {
                    LOG.error("{} could not start", service.getClass().getSimpleName(), e);
                }
            });
        }
    }

    /** Stops taking interactions, finishes those in flight, stops the services, then closes the gateway. */
    public void shutdown(Duration grace) throws InterruptedException {
        Optional<FeaturesOnDiscord> answers = onDiscord.isDone() && !onDiscord.isCompletedExceptionally()
                ? Optional.of(onDiscord.join())
                : Optional.empty();
        if (answers.isPresent()) {
            answers.get().responder().drain(grace);
        }
        foresight.shutdownNow();
        synchronized (lifecycle) {
            shutDown = true;
            answers.ifPresent(ready -> ready.services().forEach(DiscordService::stop));
        }
        connection.shutdown(grace);
    }
}
