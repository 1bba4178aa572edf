package studybot.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.command.CommandRegistry;
import studybot.config.DiscordConfig;
import studybot.discord.connect.DiscordConnection;
import studybot.discord.connect.DiscordConnector;
import studybot.discord.connect.DiscordEndpoints;
import studybot.discord.connect.DiscordUnreachableException;
import studybot.discord.connect.RejectedTokenException;
import studybot.i18n.Texts;
import studybot.stats.Interaction;

/**
 * studybot on Discord: every command of the registry, with buttons and autocomplete, plus the services that need the
 * connection itself ({@link DiscordService}), over one sharded connection. Shutting down stops taking interactions,
 * lets those in flight finish, then closes the gateway.
 */
public final class DiscordBot {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);

    /** Answer directly when the handler is quicker than this, otherwise defer first: well inside Discord's 3 s. */
    private static final Duration DEFER_AFTER = Duration.ofMillis(1500);
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

    private final DiscordConnection connection;
    private final InteractionResponder responder;
    private final CommandRegistrar registrar;
    private final List<DiscordService> services;
    private final Object lifecycle = new Object();
    /** Guarded by {@code lifecycle}: once set, services that have not started never will. */
    private boolean shutDown;

    private DiscordBot(
            DiscordConnection connection,
            InteractionResponder responder,
            CommandRegistrar registrar,
            List<DiscordService> services) {
        this.connection = connection;
        this.responder = responder;
        this.registrar = registrar;
        this.services = services;
    }

    /**
     * Connects and starts answering.
     *
     * @param discord the servers to register the commands on (none: globally) and the shards to run
     * @param observer where every answered interaction is reported, for the log and {@code /stats}
     * @param storePatience how long store work may wait in the queue before new store work is told the store is busy:
     *     the store's own busy timeout
     * @param storeOpened completes when the store has opened ({@link studybot.store.Store#opened()}): until then store
     *     work waits for it instead of being turned away, and the services start only then
     * @throws RejectedTokenException when Discord refuses the token; nothing is left running then
     * @throws DiscordUnreachableException when Discord can't be reached; nothing is left running then either
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
        ExecutorService handlers = Executors.newFixedThreadPool(
                Math.max(2, Runtime.getRuntime().availableProcessors()), daemonThreads("studybot-handler"));
        ScheduledExecutorService timers =
                Executors.newSingleThreadScheduledExecutor(daemonThreads("studybot-deadline"));
        ExecutorService storeHandlers = new StoreHandlerPool(
                STORE_HANDLERS,
                STORE_QUEUE,
                storePatience,
                () -> storeOpened.toCompletableFuture().isDone(),
                daemonThreads("studybot-store-handler"));
        Texts texts = Texts.load("discord");
        InteractionResponder responder = new InteractionResponder(
                handlers, storeHandlers, timers, new DiscordRenderer(), DEFER_AFTER, observer, texts);
        List<CommandData> commands = SlashCommands.of(registry.specs(), discord.offersUserInstall());
        List<EventListener> listeners = new ArrayList<>();
        listeners.add(new RegistryInteractions(registry, responder, texts));
        services.forEach(service -> listeners.addAll(service.listeners()));
        CommandRegistrar registrar = new CommandRegistrar(commands, discord.guildIds());
        listeners.add(registrar);
        DiscordConnection connection;
        try {
            connection = new DiscordConnector(endpoints, discord.shards()).connect(listeners);
        } catch (RejectedTokenException | DiscordUnreachableException | RuntimeException e) {
            handlers.shutdownNow();
            storeHandlers.shutdownNow();
            timers.shutdownNow();
            throw e;
        }
        DiscordBot bot = new DiscordBot(connection, responder, registrar, List.copyOf(services));
        // at once when the store is open already; else on the thread that opened it, and never if it could not open
        storeOpened.thenRun(bot::startServices);
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
        return connection.awaitConnected(timeout)
                && registrar.awaitRegistered(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    /** Starts the services, unless the bot was shut down first (the store opened after a failed start). */
    private void startServices() {
        synchronized (lifecycle) {
            if (shutDown) {
                return;
            }
            services.forEach(service -> {
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
        responder.drain(grace);
        synchronized (lifecycle) {
            shutDown = true;
            for (DiscordService service : services) {
                service.stop();
            }
        }
        connection.shutdown(grace);
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
