package studybot.tip;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.library.SectionNumber;
import studybot.store.Dialect;
import studybot.store.SqlWork;
import studybot.store.Store;
import studybot.store.StoreBusyException;
import studybot.store.StoreHealth;
import studybot.store.StoreUnwritableException;
import studybot.store.TestStores;
import studybot.testing.LogCapture;

/** {@code /tip}'s rotation in the store, on SQLite ([1]) and PostgreSQL ([2]): it outlives a restart. */
@ParameterizedClass
@EnumSource(Dialect.class)
class SqlTipRotationStoreTest {

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    private final TipDeck deck = deck("a", "b", "c", "d", "e", "f", "g");

    @Test
    void noTipRepeatsInAChannelUntilEveryTipWasShownThereEvenAcrossARestart() {
        TestStores stores = TestStores.of(dialect, temp);
        Set<String> round = new HashSet<>();
        try (Store store = stores.open(List.of(SqlTipRotationStore.MIGRATIONS))) {
            ChannelTipRotation rotation = new SqlTipRotationStore(store, new SplittableRandom(1));
            for (int i = 0; i < 3; i++) {
                assertThat(round.add(rotation.next(42L, deck).orElseThrow().id()))
                        .isTrue();
            }
        }
        String closing;
        try (Store store = stores.open(List.of(SqlTipRotationStore.MIGRATIONS))) {
            ChannelTipRotation rotation = new SqlTipRotationStore(store, new SplittableRandom(1));
            closing = "";
            for (int i = 3; i < deck.size(); i++) {
                closing = rotation.next(42L, deck).orElseThrow().id();
                assertThat(round.add(closing))
                        .as("shown before the restart: " + closing)
                        .isTrue();
            }
            assertThat(round).hasSize(deck.size());
            List<String> next = shows(rotation, 42L, deck, deck.size() * 2);
            assertThat(next.get(0))
                    .as("a new round does not open with the tip that closed the last")
                    .isNotEqualTo(closing);
            assertThat(new HashSet<>(next.subList(0, deck.size()))).hasSize(deck.size());
            assertThat(new HashSet<>(next.subList(deck.size(), deck.size() * 2)))
                    .hasSize(deck.size());
        }
    }

    @Test
    void whenTheBookChangesTipsThatLeftAreIgnoredAndNewOnesJoinTheRound() {
        try (Store store = TestStores.of(dialect, temp).open(List.of(SqlTipRotationStore.MIGRATIONS))) {
            ChannelTipRotation rotation = new SqlTipRotationStore(store, new SplittableRandom(7));
            Set<String> shown = new HashSet<>(shows(rotation, 5L, deck, 4));
            TipDeck edited = deck("a", "b", "c", "d", "e", "h", "i");
            Set<String> stillToCome = new HashSet<>(ids(edited));
            stillToCome.removeAll(shown);
            List<String> rest = shows(rotation, 5L, edited, stillToCome.size());
            assertThat(rest).containsExactlyInAnyOrderElementsOf(stillToCome).contains("h", "i");
            assertThat(new HashSet<>(shows(rotation, 5L, edited, edited.size())))
                    .as("a whole new round of the edited book")
                    .containsExactlyInAnyOrderElementsOf(ids(edited));
        }
    }

    @Test
    void channelsRotateIndependently() {
        try (Store store = TestStores.of(dialect, temp).open(List.of(SqlTipRotationStore.MIGRATIONS))) {
            ChannelTipRotation rotation = new SqlTipRotationStore(store, new SplittableRandom(3));
            Set<String> first = new HashSet<>(shows(rotation, 1L, deck, deck.size() - 1));
            assertThat(new HashSet<>(shows(rotation, 2L, deck, deck.size()))).hasSize(deck.size());
            String last = rotation.next(1L, deck).orElseThrow().id();
            assertThat(first).doesNotContain(last);
        }
    }

    @Test
    void tipsAskedForAtOnceInOneChannelAreAllDifferent() throws Exception {
        TipDeck big = deck(IntStream.range(0, 12).mapToObj(i -> "t" + i).toArray(String[]::new));
        try (Store store = TestStores.of(dialect, temp).open(List.of(SqlTipRotationStore.MIGRATIONS))) {
            ExecutorService askers = Executors.newFixedThreadPool(4);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Callable<String>> calls = new ArrayList<>();
                for (int i = 0; i < big.size(); i++) {
                    // each asker its own rotation, as separate processes over one store would have
                    ChannelTipRotation rotation = new SqlTipRotationStore(store, new SplittableRandom(i % 2));
                    calls.add(() -> {
                        start.await();
                        return rotation.next(9L, big).orElseThrow().id();
                    });
                }
                List<Future<String>> shown = calls.stream().map(askers::submit).toList();
                start.countDown();
                Set<String> ids = new HashSet<>();
                for (Future<String> tip : shown) {
                    ids.add(tip.get());
                }
                assertThat(ids).hasSize(big.size());
            } finally {
                askers.shutdownNow();
            }
        }
    }

    @Test
    void aBusyOrUnwritableStoreGivesARandomTipAndLogsAtDebugOnly() {
        try (LogCapture log = LogCapture.of(Level.DEBUG, SqlTipRotationStore.class.getName())) {
            assertThat(new SqlTipRotationStore(failing(new StoreBusyException("locked", null)), new SplittableRandom(2))
                            .next(1L, deck))
                    .get()
                    .isIn(deck.tips());
            assertThat(new SqlTipRotationStore(
                                    failing(new StoreUnwritableException("read-only", null)), new SplittableRandom(2))
                            .next(1L, deck))
                    .get()
                    .isIn(deck.tips());
            assertThat(log.events())
                    .hasSize(2)
                    .allSatisfy(event -> assertThat(event.getLevel()).isEqualTo(Level.DEBUG));
            assertThat(log.messages(Level.DEBUG))
                    .anySatisfy(message -> assertThat(message).contains("locked"));
        }
    }

    @Test
    void anEmptyDeckGivesNothingWithoutAskingTheStore() {
        Store unused = failing(new AssertionError("the store was asked"));
        assertThat(new SqlTipRotationStore(unused, new SplittableRandom(1)).next(1L, deck()))
                .isEmpty();
    }

    /** The ids of {@code count} tips shown one after the other in {@code channel}. */
    private static List<String> shows(ChannelTipRotation rotation, long channel, TipDeck deck, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(rotation.next(channel, deck).orElseThrow().id());
        }
        return ids;
    }

    private static List<String> ids(TipDeck deck) {
        return deck.tips().stream().map(Tip::id).toList();
    }

    private static TipDeck deck(String... ids) {
        SectionNumber section = SectionNumber.parse("1.1").orElseThrow();
        return new TipDeck(Arrays.stream(ids)
                .map(id -> new Tip(id, "Tip " + id + ".", section))
                .toList());
    }

    private static Store failing(Throwable failure) {
        return new Store() {
            @Override
            public Dialect dialect() {
                return Dialect.SQLITE;
            }

            @Override
            public String description() {
                return "a failing store";
            }

            @Override
            public <T> T inTransaction(SqlWork<T> work) {
                if (failure instanceof RuntimeException e) {
                    throw e;
                }
                throw (Error) failure;
            }

            @Override
            public StoreHealth health() {
                return new StoreHealth("a failing store", Clock.systemUTC());
            }

            @Override
            public void close() {}
        };
    }
}
