package studybot.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import studybot.Studybot;
import studybot.discord.connect.DiscordConnection;
import studybot.discord.connect.DiscordConnector;
import studybot.discord.connect.DiscordEndpoints;
import studybot.discord.connect.DiscordUnreachableException;
import studybot.discord.connect.RejectedTokenException;
import studybot.stats.Interaction;

/**
 * studybot on Discord: the book commands, their buttons and autocomplete, plus whatever other features add
 * ({@link DiscordFeature}), over one sharded connection. Shutting down stops taking interactions, lets those in
 * flight finish, then closes the gateway.
 */
public final class DiscordBot {

    /** Answer directly when the handler is quicker than this, otherwise defer first: well inside Discord's 3 s. */
    private static final Duration DEFER_AFTER = Duration.ofMillis(1500);

    private final DiscordConnection connection;
    private final InteractionResponder responder;
    private final CommandRegistrar registrar;
    private final List<DiscordFeature> features;

    private DiscordBot(DiscordConnection connection, InteractionResponder responder, CommandRegistrar registrar,
                       List<DiscordFeature> features) {
        this.connection = connection;
        this.responder = responder;
        this.registrar = registrar;
        this.features = features;
    }

    /**
     * Connects and starts answering.
     *
     * @throws RejectedTokenException when Discord refuses the token; nothing is left running then
     * @throws DiscordUnreachableException when Discord can't be reached; nothing is left running then either
     */
    public static DiscordBot start(Studybot studybot, DiscordEndpoints endpoints, Consumer<Interaction> observer,
                                   List<DiscordFeature> features)
            throws RejectedTokenException, DiscordUnreachableException {
        ExecutorService handlers = Executors.newFixedThreadPool(
                Math.max(2, Runtime.getRuntime().availableProcessors()), daemonThreads("studybot-handler"));
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemonThreads("studybot-deadline"));
        InteractionResponder responder = new InteractionResponder(handlers, timers, new DiscordRenderer(), DEFER_AFTER,
                observer);
        List<CommandData> commands = new ArrayList<>(SlashCommands.of(studybot.specs()));
        List<EventListener> listeners = new ArrayList<>();
        listeners.add(new BookInteractions(studybot.book(), studybot.commands(), studybot.sectionCommand(), responder));
        for (DiscordFeature feature : features) {
            commands.addAll(feature.commands());
            listeners.add(feature.listener(responder));
        }
        CommandRegistrar registrar = new CommandRegistrar(commands, studybot.config().discord().guildIds());
        listeners.add(registrar);
        DiscordConnection connection;
        try {
            connection = new DiscordConnector(endpoints, studybot.config().discord().shards())
                    .connect(listeners);
        } catch (RejectedTokenException | DiscordUnreachableException | RuntimeException e) {
            handlers.shutdownNow();
            timers.shutdownNow();
            throw e;
        }
        DiscordBot bot = new DiscordBot(connection, responder, registrar, List.copyOf(features));
        features.forEach(feature -> feature.connected(connection.shardManager()));
        return bot;
    }

    public ShardManager shardManager() {
        return connection.shardManager();
    }

    /** Waits until the gateway is connected and the slash commands are registered. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        return connection.awaitConnected(timeout)
                && registrar.awaitRegistered(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    /** Stops taking interactions, finishes those in flight, stops features, then closes the gateway. */
    public void shutdown(Duration grace) throws InterruptedException {
        responder.drain(grace);
        for (DiscordFeature feature : features) {
            feature.stop();
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
