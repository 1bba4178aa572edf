package studybot;

import java.time.Clock;
import java.util.Map;
import studybot.config.StudybotConfig;
import studybot.library.LibraryException;
import studybot.reply.Reply;
import studybot.round.RoundChannel;
import studybot.round.RoundPostException;
import studybot.store.Store;
import studybot.store.Stores;

/**
 * studybot as the console wires it, by the {@link CompositionRoot}, over a SQLite store in the config's data folder (a
 * test's temp folder), its first edition loaded: for tests and benchmarks that put the features on a transport of their
 * own. Its rounds' timer is not started, and a round message would be refused. Closing it closes the store.
 */
public final class OfflineStudybot implements AutoCloseable {

    private final Store store;
    private final Studybot studybot;

    private OfflineStudybot(Store store, Studybot studybot) {
        this.store = store;
        this.studybot = studybot;
    }

    /** Ready to answer. */
    public static OfflineStudybot load(StudybotConfig config, Clock clock) throws LibraryException {
        Store store = Stores.open(config.store(), config.dataFolder(), Map.of(), CompositionRoot.tables(), clock);
        try {
            Studybot studybot = CompositionRoot.offline(config, store, clock, new NoRoundChannel())
                    .studybot();
            studybot.loadBook();
            return new OfflineStudybot(store, studybot);
        } catch (LibraryException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public Studybot studybot() {
        return studybot;
    }

    @Override
    public void close() {
        store.close();
    }

    /** Where rounds would post, were they started: nowhere, as these tests don't run rounds. */
    private static final class NoRoundChannel implements RoundChannel {

        @Override
        public long post(long channelId, Reply message, String nonce) throws RoundPostException {
            throw new RoundPostException("this test runs no rounds");
        }

        @Override
        public void edit(long channelId, long messageId, Reply message) throws RoundPostException {
            throw new RoundPostException("this test runs no rounds");
        }
    }
}
