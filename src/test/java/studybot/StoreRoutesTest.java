package studybot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.command.Asker;
import studybot.command.CommandRegistry;
import studybot.command.CommandSpec;
import studybot.command.SubcommandSpec;
import studybot.config.ConfigLoader;
import studybot.config.StudybotConfig;
import studybot.store.Dialect;
import studybot.store.SqlWork;
import studybot.store.Store;
import studybot.store.StoreHealth;
import studybot.store.Stores;
import studybot.testing.TestConfig;

/**
 * The registry the composition root builds knows, from the tables each feature declared, which commands and clicks use
 * the store, so Discord runs them on the store handlers and never on those answering {@code /section} and
 * {@code /search}: every command of a feature with tables, and every click route it owns. A command the registry runs
 * off the store must never reach it, so each one is answered here while the store notes every transaction begun on the
 * answering thread (once the place's book choice is in memory, as it is after the place's first command): no list of
 * commands to keep, and a feature that reads the store but was declared with {@code FeatureEntry.ofBook} fails.
 */
class StoreRoutesTest {

    private static final long SERVER = 200000000000000001L;
    private static final long CHANNEL = 300000000000000001L;
    private static final Asker MANAGER = Asker.inServer(1001L, "Ann", SERVER, CHANNEL, true);

    @TempDir
    Path temp;

    private WatchedStore store;
    private OfflineStudybot offline;
    private CommandRegistry registry;

    @BeforeEach
    void start() throws Exception {
        StudybotConfig config = new ConfigLoader().load(TestConfig.in(temp));
        Clock clock = Clock.systemUTC();
        store = new WatchedStore(
                Stores.open(config.store(), config.dataFolder(), Map.of(), CompositionRoot.tables(), clock));
        offline = OfflineStudybot.over(store, config, clock);
        registry = offline.studybot().registry();
    }

    @AfterEach
    void stop() {
        offline.close();
    }

    @Test
    void everyCommandAndClickThatTouchesTheStoreRunsWhereStoreWorkRuns() {
        List<String> storeFree = registry.specs().stream()
                .map(CommandSpec::name)
                .filter(name -> !registry.usesStore(name))
                .toList();
        assertThat(storeFree).as("the reading commands").contains("section", "search");
        assertThat(registry.specs().stream().map(CommandSpec::name).filter(registry::usesStore))
                .as("a few commands that keep data")
                .contains("tip", "quiz", "round", "plan", "read", "privacy", "language");

        registry.bookAt(MANAGER.place());
        for (String name : storeFree) {
            CommandSpec spec = registry.spec(name).orElseThrow();
            List<String> subcommands = spec.subcommands().isEmpty()
                    ? List.of("")
                    : spec.subcommands().stream().map(SubcommandSpec::name).toList();
            for (String subcommand : subcommands) {
                Map<String, String> options = PlausibleOptions.forRequired(spec.optionsOf(subcommand), CHANNEL);
                assertThat(store.transactionsOnThisThreadDuring(
                                () -> registry.answer(MANAGER, name, subcommand, options)))
                        .as("store transactions of /%s %s %s, which runs off the store", name, subcommand, options)
                        .isZero();
            }
        }
        assertThat(registry.clickUsesStore("read:20.4")).as("Mark as read").isTrue();
        assertThat(registry.clickUsesStore("remind:snooze:1"))
                .as("a reminder's Snooze")
                .isTrue();
        assertThat(registry.clickUsesStore("progress-forget"))
                .as("forgetting read marks")
                .isTrue();
        assertThat(registry.clickUsesStore("book:remove:notes:0123456789abcdef"))
                .as("removing a server's book")
                .isTrue();
        assertThat(registry.clickUsesStore("privacy-forget:0123456789abcdef"))
                .as("forgetting everything about a member")
                .isTrue();
        assertThat(registry.clickUsesStore("quiz:forget"))
                .as("forgetting quiz answers")
                .isTrue();
        assertThat(registry.clickUsesStore("quiz:a:b0123456789abcdef:12345678"))
                .as("a quiz answer")
                .isTrue();
        assertThat(registry.clickUsesStore("round:a:miq2b5s0:0:12345678"))
                .as("a round answer")
                .isTrue();
        for (String id : List.of("nav:20.4:1", "open:20.4:0")) {
            assertThat(registry.clickUsesStore(id)).as(id).isFalse();
            assertThat(store.transactionsOnThisThreadDuring(() -> registry.click(MANAGER, id, List.of())))
                    .as("store transactions of a click on %s", id)
                    .isZero();
        }
    }

    /**
     * The store the studybot runs on, counting the transactions begun on one thread while it watches: the registry
     * answers a command on the caller's thread, and background work (the book data, the charts) runs on others.
     */
    private static final class WatchedStore implements Store {

        private final Store store;
        private final AtomicReference<Thread> watched = new AtomicReference<>();
        private int transactions;

        WatchedStore(Store store) {
            this.store = store;
        }

        /** How many transactions {@code work} began on this thread. */
        int transactionsOnThisThreadDuring(Runnable work) {
            transactions = 0;
            watched.set(Thread.currentThread());
            try {
                work.run();
            } finally {
                watched.set(null);
            }
            return transactions;
        }

        private void note() {
            if (watched.get() == Thread.currentThread()) {
                transactions++;
            }
        }

        @Override
        public Dialect dialect() {
            return store.dialect();
        }

        @Override
        public String description() {
            return store.description();
        }

        @Override
        public <T> T inTransaction(SqlWork<T> work) {
            note();
            return store.inTransaction(work);
        }

        @Override
        public <T> T inSharedTransaction(SqlWork<T> work) {
            note();
            return store.inSharedTransaction(work);
        }

        @Override
        public CompletionStage<Void> opened() {
            return store.opened();
        }

        @Override
        public StoreHealth health() {
            return store.health();
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
