package studybot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Shared writes ({@link Store#inSharedTransaction}) on both stores: writes queued together commit in one transaction, a
 * write that fails fails only its own caller, and "busy" is said only while another connection really holds the lock.
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class GroupCommitTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    @Test
    void writesQueuedTogetherShareOneTransactionAndAFailingOneFailsOnlyItsCaller() throws Exception {
        TestStores where = TestStores.of(dialect, temp);
        try (Store store = where.open(List.of(StoreTest.NOTES_V1))) {
            CountDownLatch holds = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Queued holding = Queued.start(store, connection -> {
                insert(connection, 100, "holds the writer");
                holds.countDown();
                awaitIn(release);
                return "held";
            });
            holds.await();
            AtomicInteger firstRuns = new AtomicInteger();
            Queued first = Queued.start(store, connection -> {
                firstRuns.incrementAndGet();
                insert(connection, 1, "first");
                return "first written";
            });
            Queued duplicate = Queued.start(store, connection -> {
                insert(connection, 1, "the same key again");
                return "never";
            });
            Queued thrower = Queued.start(store, connection -> {
                insert(connection, 2, "half of a write that changes its mind");
                throw new IllegalStateException("changed my mind");
            });
            AtomicInteger lastRuns = new AtomicInteger();
            Queued last = Queued.start(store, connection -> {
                lastRuns.incrementAndGet();
                insert(connection, 3, "last");
                return "last written";
            });
            release.countDown();

            assertThat(holding.result()).isEqualTo("held");
            assertThat(first.result()).isEqualTo("first written");
            assertThat(last.result()).isEqualTo("last written");
            assertThatThrownBy(duplicate::result).isInstanceOf(StoreException.class);
            assertThatThrownBy(thrower::result)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("changed my mind");
            assertThat(StoreTest.query(store, "SELECT id FROM notes ORDER BY id"))
                    .containsExactly("1", "3", "100");
            // the batch [first, duplicate, thrower, last] was rolled back twice and run again without the failed write
            assertThat(firstRuns).hasValue(3);
            assertThat(lastRuns).hasValue(1);
        }
    }

    @Test
    void twoHundredWritesAtOnceAreAllWrittenAndNoneToldTheStoreIsBusy() throws Exception {
        TestStores where = TestStores.of(dialect, temp);
        try (Store store = where.open(List.of(StoreTest.NOTES_V1), Duration.ofMillis(500))) {
            ExecutorService writers = Executors.newFixedThreadPool(200);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> written = new ArrayList<>();
                for (int id = 1; id <= 200; id++) {
                    int row = id;
                    written.add(writers.submit(() -> {
                        start.await();
                        return store.inSharedTransaction(connection -> insert(connection, row, "answer " + row));
                    }));
                }
                start.countDown();
                for (Future<Integer> write : written) {
                    assertThat(write.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1);
                }
            } finally {
                writers.shutdownNow();
            }
            assertThat(StoreTest.query(store, "SELECT count(*) FROM notes")).containsExactly("200");
        }
    }

    @Test
    void aBatchThatMeetsAHeldLockIsBusyForEveryWriteInItAndTheNextBatchWrites() throws Exception {
        TestStores where = TestStores.of(dialect, temp);
        try (Store store = where.open(List.of(StoreTest.NOTES_V1), Duration.ofMillis(300))) {
            try (AutoCloseable lock = StoreFaults.holdLock(where, "notes")) {
                List<CompletableFuture<Integer>> writes = new ArrayList<>();
                for (int id = 1; id <= 3; id++) {
                    int row = id;
                    writes.add(CompletableFuture.supplyAsync(
                            () -> store.inSharedTransaction(connection -> insert(connection, row, "while locked"))));
                }
                for (CompletableFuture<Integer> write : writes) {
                    assertThatThrownBy(() -> write.get(WAIT.toSeconds(), TimeUnit.SECONDS))
                            .hasCauseInstanceOf(StoreBusyException.class);
                }
            }
            int written = store.inSharedTransaction(connection -> insert(connection, 4, "after the lock"));
            assertThat(written).isEqualTo(1);
            assertThat(StoreTest.query(store, "SELECT id FROM notes")).containsExactly("4");
        }
    }

    @Test
    void writesQueuedWhenTheStoreClosesAreWrittenFirstAndLaterOnesRefused() throws Exception {
        TestStores where = TestStores.of(dialect, temp);
        Store store = where.open(List.of(StoreTest.NOTES_V1));
        CountDownLatch holds = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Queued holding = Queued.start(store, connection -> {
            holds.countDown();
            awaitIn(release);
            return "held";
        });
        holds.await();
        Queued waiting = Queued.start(store, connection -> insert(connection, 1, "queued before the close"));
        Thread closing = new Thread(store::close);
        closing.start();
        while (closing.getState() != Thread.State.WAITING) { // closed to new writes, waiting for the writer
            Thread.sleep(1);
        }
        release.countDown();
        closing.join(WAIT.toMillis());

        assertThat(holding.result()).isEqualTo("held");
        assertThat(waiting.result()).isEqualTo(1);
        assertThatThrownBy(() -> store.inSharedTransaction(connection -> insert(connection, 2, "after close")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("closed");
        try (Store reopened = where.open(List.of(StoreTest.NOTES_V1))) {
            assertThat(StoreTest.query(reopened, "SELECT id FROM notes")).containsExactly("1");
        }
    }

    /** Waits inside a write, as a slow write would. */
    private static void awaitIn(CountDownLatch release) throws SQLException {
        try {
            if (!release.await(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new SQLException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException(e);
        }
    }

    private static int insert(Connection connection, int id, String body) throws SQLException {
        return Sql.on(connection).update("INSERT INTO notes (id, body) VALUES (?, ?)", id, body);
    }

    /** A shared write made on a thread of its own, started only once the previous one is queued and waiting. */
    private record Queued(CompletableFuture<Object> outcome) {

        static Queued start(Store store, SqlWork<Object> work) throws InterruptedException {
            CompletableFuture<Object> outcome = new CompletableFuture<>();
            Thread caller = new Thread(() -> {
                try {
                    outcome.complete(store.inSharedTransaction(work));
                } catch (RuntimeException | Error e) {
                    outcome.completeExceptionally(e);
                }
            });
            caller.setDaemon(true);
            caller.start();
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (caller.getState() != Thread.State.WAITING && !outcome.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            return new Queued(outcome);
        }

        Object result() throws Exception {
            try {
                return outcome.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw (Exception) e.getCause();
            }
        }
    }
}
