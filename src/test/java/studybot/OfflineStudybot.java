package studybot;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import studybot.command.CommandRegistry;
import studybot.config.ConfigException;
import studybot.config.StudybotConfig;
import studybot.discord.DiscordBot;
import studybot.discord.connect.DiscordEndpoints;
import studybot.discord.fake.FakeDiscord;
import studybot.library.LibraryException;
import studybot.reply.Reply;
import studybot.round.RoundChannel;
import studybot.round.RoundPostException;
import studybot.stats.Interaction;
import studybot.store.Store;
import studybot.store.Stores;

/**
 * studybot as the console wires it, by the {@link CompositionRoot}, over a SQLite store in the config's data folder (a
 * test's temp folder), its first edition loaded: for tests and benchmarks that put the features on a transport of their
 * own. Its rounds' timer is not started, and a round message would be refused. Closing it closes the store.
 */
public final class OfflineStudybot implements AutoCloseable {

    /** How long a connected bot may take to log in and register its commands, on a loaded machine. */
    private static final Duration READY = Duration.ofSeconds(30);
    /** How long store work may wait in the queue before new store work is told the store is busy. */
    private static final Duration STORE_PATIENCE = Duration.ofSeconds(2);

    private final Store store;
    private final Studybot studybot;

    private OfflineStudybot(Store store, Studybot studybot) {
        this.store = store;
        this.studybot = studybot;
    }

    /** Ready to answer. */
    public static OfflineStudybot load(StudybotConfig config, Clock clock) throws LibraryException, ConfigException {
        return over(
                Stores.open(config.store(), config.dataFolder(), Map.of(), CompositionRoot.tables(), clock),
                config,
                clock);
    }

    /** Ready to answer, over {@code store} (opened with {@link CompositionRoot#tables()}), which it then closes. */
    public static OfflineStudybot over(Store store, StudybotConfig config, Clock clock)
            throws LibraryException, ConfigException {
        try {
            Studybot studybot = CompositionRoot.offline(config, store, clock, new NoRoundChannel())
                    .studybot();
            studybot.loadBook();
            return new OfflineStudybot(store, studybot);
        } catch (LibraryException | ConfigException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public Studybot studybot() {
        return studybot;
    }

    /** The store the features keep their data in, for a test to set up or check what they keep. */
    public Store store() {
        return store;
    }

    /**
     * The features of {@code registry} (this studybot's, or it with a test's own feature added) on Discord's transport,
     * connected to the fake Discord and their commands registered; {@code observer} sees every interaction handled. The
     * caller shuts the bot down before closing this studybot and the fake.
     */
    public DiscordBot connect(FakeDiscord discord, CommandRegistry registry, Consumer<Interaction> observer)
            throws Exception {
        DiscordBot bot = DiscordBot.start(
                registry,
                DiscordEndpoints.fromEnvironment(discord.environment()),
                studybot.config().discord(),
                observer,
                STORE_PATIENCE,
                CompletableFuture.completedFuture(null),
                List.of());
        if (!bot.awaitReady(READY)) {
            bot.shutdown(READY);
            throw new IllegalStateException("studybot did not connect to the fake Discord and register its commands");
        }
        return bot;
    }

    @Override
    public void close() {
        store.close();
    }

    /** Where rounds would post, were they started: nowhere, as these tests don't run rounds. */
    private static final class NoRoundChannel implements RoundChannel {

        @Override
        public long post(long channelId, Reply message, String nonce) throws RoundPostException {
            throw new RoundPostException("this test runs no rounds", RoundPostException.Kind.REJECTED);
        }

        @Override
        public void edit(long channelId, long messageId, Reply message) throws RoundPostException {
            throw new RoundPostException("this test runs no rounds", RoundPostException.Kind.REJECTED);
        }

        @Override
        public void tellStarter(long channelId, long starterId, Reply message) throws RoundPostException {
            throw new RoundPostException("this test runs no rounds", RoundPostException.Kind.REJECTED);
        }
    }
}
