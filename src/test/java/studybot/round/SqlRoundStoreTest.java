package studybot.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;

/** Rounds in the store on both backends, SQLite ([1]) and PostgreSQL ([2]): limits, steps, answers, a reopen. */
@ParameterizedClass
@EnumSource(Dialect.class)
class SqlRoundStoreTest {

    private static final long SERVER = 7L;
    private static final Instant START = Instant.parse("2026-12-01T18:00:00Z");
    private static final Duration COOLDOWN = Duration.ofSeconds(30);
    private static final Instant LEASED = START.plusSeconds(30);

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    @Test
    void roundsStepOnOnlyFromWhereTheyAreAndSurviveAReopen() {
        TestStores stores = TestStores.of(dialect, temp);
        Round round = Round.starting(
                new RoundKey(1, START),
                SERVER,
                100,
                List.of("a0123456789abcdef", "b0123456789abcdef"),
                20,
                "the whole book",
                START.plusSeconds(3));
        try (Store store = stores.open(List.of(RoundStore.MIGRATIONS))) {
            RoundStore rounds = new SqlRoundStore(store, "one");
            assertThat(rounds.begin(round, 3, COOLDOWN, LEASED)).isInstanceOf(RoundStore.Begin.Started.class);
            assertThat(rounds.begin(
                            Round.starting(
                                    new RoundKey(1, START.plusSeconds(1)), SERVER, 101, List.of("x"), 20, "x", START),
                            3,
                            COOLDOWN,
                            LEASED))
                    .isInstanceOf(RoundStore.Begin.RunningHere.class);
            assertThat(rounds.due(START)).isEmpty();
            assertThat(rounds.due(START.plusSeconds(3))).containsExactly(round);

            Round open =
                    round.asked(START.plusSeconds(3), Duration.ofSeconds(1)).postedAs(555);
            assertThat(rounds.advance(round, open)).isTrue();
            assertThat(rounds.advance(round, open))
                    .as("a second pass finds the round moved on")
                    .isFalse();
            assertThat(rounds.addAnswer(round.key(), answer(0, 100, true, 2000)))
                    .isTrue();
            assertThat(rounds.addAnswer(round.key(), answer(0, 100, false, 3000)))
                    .isFalse();
            assertThat(rounds.addAnswer(round.key(), answer(0, 101, false, 2500)))
                    .isTrue();
        }
        try (Store store = stores.open(List.of(RoundStore.MIGRATIONS))) {
            RoundStore rounds = new SqlRoundStore(store, "one");
            Round open = rounds.running(1).orElseThrow();
            assertThat(open.phase()).isEqualTo(Phase.OPEN);
            assertThat(open.messageId()).hasValue(555);
            assertThat(open.deadline()).hasValue(START.plusSeconds(23));
            assertThat(open.cardIds()).containsExactly("a0123456789abcdef", "b0123456789abcdef");
            assertThat(rounds.answerCount(round.key(), 0)).isEqualTo(2);
            assertThat(rounds.answer(round.key(), 0, 100).orElseThrow().correct())
                    .isTrue();
            assertThat(rounds.answers(round.key()))
                    .extracting(RoundAnswer::memberId)
                    .containsExactly(100L, 101L);

            assertThat(rounds.requestStop(round.key(), 100, START.plusSeconds(5)))
                    .isTrue();
            assertThat(rounds.requestStop(round.key(), 101, START.plusSeconds(6)))
                    .isFalse();
            Round stopping = rounds.find(round.key()).orElseThrow();
            assertThat(stopping.stoppedBy()).hasValue(100);
            assertThat(stopping.nextAt()).isEqualTo(START.plusSeconds(5));
            Round finishing = stopping.revealed(2, START.plusSeconds(5), Duration.ofSeconds(5), 2);
            assertThat(finishing.endReason()).hasValue(EndReason.STOPPED);
            assertThat(rounds.advance(stopping, finishing)).isTrue();
            assertThat(rounds.advance(finishing, finishing.ended(START.plusSeconds(6))))
                    .isTrue();
            assertThat(rounds.running(1)).isEmpty();
            assertThat(rounds.unfinished()).isEmpty();

            Round next =
                    Round.starting(new RoundKey(1, START.plusSeconds(20)), SERVER, 100, List.of("x"), 20, "x", START);
            assertThat(rounds.begin(next, 3, COOLDOWN, LEASED))
                    .isEqualTo(new RoundStore.Begin.CoolingDown(START.plusSeconds(36)));
        }
    }

    @Test
    void aServerRunsAtMostItsLimitOfRoundsAtOnce() {
        try (Store store = TestStores.of(dialect, temp).open(List.of(RoundStore.MIGRATIONS))) {
            RoundStore rounds = new SqlRoundStore(store, "one");
            for (long channel = 1; channel <= 3; channel++) {
                assertThat(rounds.begin(
                                Round.starting(new RoundKey(channel, START), SERVER, 100, List.of("x"), 20, "x", START),
                                3,
                                COOLDOWN,
                                LEASED))
                        .isInstanceOf(RoundStore.Begin.Started.class);
            }
            assertThat(rounds.begin(
                            Round.starting(new RoundKey(4, START), SERVER, 100, List.of("x"), 20, "x", START),
                            3,
                            COOLDOWN,
                            LEASED))
                    .isEqualTo(new RoundStore.Begin.ServerFull(3));
            assertThat(rounds.begin(
                            Round.starting(new RoundKey(4, START), SERVER + 1, 100, List.of("x"), 20, "x", START),
                            3,
                            COOLDOWN,
                            LEASED))
                    .isInstanceOf(RoundStore.Begin.Started.class);
        }
    }

    /**
     * Members starting rounds in several channels of one server at the same moment (Discord runs store work on more
     * than one thread, and processes may share a PostgreSQL database) still get at most the server's limit of rounds.
     */
    @Test
    void startsAtTheSameMomentInManyChannelsStayWithinTheServersLimit() throws Exception {
        int channels = 8;
        try (Store store = TestStores.of(dialect, temp).open(List.of(RoundStore.MIGRATIONS))) {
            List<RoundStore> processes = List.of(new SqlRoundStore(store, "one"), new SqlRoundStore(store, "two"));
            ExecutorService members = Executors.newFixedThreadPool(channels);
            try {
                for (long server = 1; server <= 10; server++) {
                    CyclicBarrier together = new CyclicBarrier(channels);
                    List<Future<RoundStore.Begin>> begun = new ArrayList<>();
                    for (int channel = 0; channel < channels; channel++) {
                        RoundStore process = processes.get(channel % 2);
                        Round round = Round.starting(
                                new RoundKey(server * 100 + channel, START), server, 100, List.of("x"), 20, "x", START);
                        begun.add(members.submit(() -> {
                            together.await();
                            return process.begin(round, 3, COOLDOWN, LEASED);
                        }));
                    }
                    long started = 0;
                    for (Future<RoundStore.Begin> begin : begun) {
                        started += begin.get() instanceof RoundStore.Begin.Started ? 1 : 0;
                    }
                    assertThat(started).as("rounds started in server " + server).isEqualTo(3);
                }
            } finally {
                members.shutdownNow();
            }
        }
    }

    @Test
    void aServersLimitsChangeInPlaceAndOthersKeepTheDefault() {
        try (Store store = TestStores.of(dialect, temp).open(List.of(RoundStore.MIGRATIONS))) {
            RoundStore rounds = new SqlRoundStore(store, "one");
            assertThat(rounds.access(SERVER)).isEqualTo(RoundAccess.ANYONE_ANYWHERE);
            assertThat(rounds.changeAccess(
                            SERVER, access -> access.withManagersOnly(true).withChannel(5)))
                    .isEqualTo(new RoundAccess(true, Set.of(5L)));
            assertThat(rounds.changeAccess(SERVER, access -> access.withChannel(3))
                            .channels())
                    .containsExactlyInAnyOrder(3L, 5L);
            assertThat(rounds.access(SERVER)).isEqualTo(new RoundAccess(true, Set.of(3L, 5L)));
            assertThat(rounds.changeAccess(SERVER, RoundAccess::anywhere)).isEqualTo(new RoundAccess(true, Set.of()));
            assertThat(rounds.access(SERVER + 1)).isEqualTo(RoundAccess.ANYONE_ANYWHERE);
        }
    }

    @Test
    void aRoundIsItsOwnersUntilItsHoldRunsOutOrItIsLetGoThenOneOtherProcessTakesItOver() {
        try (Store store = TestStores.of(dialect, temp).open(List.of(RoundStore.MIGRATIONS))) {
            RoundStore first = new SqlRoundStore(store, "first");
            RoundStore second = new SqlRoundStore(store, "second");
            RoundStore third = new SqlRoundStore(store, "third");
            Round round = Round.starting(
                    new RoundKey(1, START), SERVER, 100, List.of("a", "b"), 20, "x", START.plusSeconds(3));
            assertThat(first.begin(round, 3, COOLDOWN, LEASED)).isInstanceOf(RoundStore.Begin.Started.class);
            Instant due = START.plusSeconds(10);
            assertThat(first.due(due)).containsExactly(round);
            assertThat(second.due(due)).as("another process's round").isEmpty();
            assertThat(second.ownerless(due)).isEmpty();
            assertThat(second.takeOver(round.key(), due, due.plusSeconds(30))).isFalse();
            Round open = round.asked(due, Duration.ofSeconds(1));
            assertThat(second.advance(round, open))
                    .as("only its owner moves it on")
                    .isFalse();

            first.renew(START.plusSeconds(40));
            assertThat(second.ownerless(START.plusSeconds(35))).as("renewed").isEmpty();
            Instant gone = START.plusSeconds(41);
            assertThat(second.ownerless(gone)).containsExactly(round);
            assertThat(second.takeOver(round.key(), gone, gone.plusSeconds(30))).isTrue();
            assertThat(third.takeOver(round.key(), gone, gone.plusSeconds(30)))
                    .as("taken over once")
                    .isFalse();
            assertThat(third.ownerless(gone)).isEmpty();
            assertThat(first.due(gone)).as("the first process lost it").isEmpty();
            assertThat(first.advance(round, open)).isFalse();
            assertThat(second.due(gone)).containsExactly(round);
            assertThat(second.advance(round, open)).isTrue();

            second.release();
            assertThat(third.ownerless(gone))
                    .as("let go of: taken over at once")
                    .containsExactly(open);
            assertThat(third.takeOver(open.key(), gone, gone.plusSeconds(30))).isTrue();
            assertThat(third.due(open.nextAt())).containsExactly(open);
        }
    }

    private static RoundAnswer answer(int question, long member, boolean correct, long tookMillis) {
        return new RoundAnswer(
                question,
                member,
                correct ? 1 : 0,
                correct,
                Duration.ofMillis(tookMillis),
                START.plusMillis(tookMillis));
    }
}
