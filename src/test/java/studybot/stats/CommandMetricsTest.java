package studybot.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import studybot.reply.Reply;

class CommandMetricsTest {

    private final CommandMetrics metrics = new CommandMetrics(new SimpleMeterRegistry());

    @Test
    void figuresAddUpPerCommand() {
        metrics.record("section", Outcome.OK, millis(1));
        metrics.record("section", Outcome.OK, millis(2));
        metrics.record("section", Outcome.OK, millis(30));
        metrics.record("search", Outcome.PROBLEM, millis(5));
        metrics.record("tip", Outcome.OK, micros(200));
        metrics.record(new Interaction("1001", "tip", OptionalLong.of(42), "", Outcome.ERROR, micros(400)));

        List<CommandFigures> figures = metrics.figures();

        assertThat(figures).extracting(CommandFigures::command).containsExactly("section", "tip", "search");
        assertThat(figures).extracting(CommandFigures::count).containsExactly(3L, 2L, 1L);
        CommandFigures section = figures.get(0);
        assertThat(section.countOf(Outcome.OK)).isEqualTo(3);
        assertThat(section.countOf(Outcome.PROBLEM)).isZero();
        assertAbout(section.p50(), millis(2));
        assertAbout(section.p99(), millis(30));
        CommandFigures tip = figures.get(1);
        assertThat(tip.countOf(Outcome.OK)).isEqualTo(1);
        assertThat(tip.countOf(Outcome.ERROR)).isEqualTo(1);
        assertAbout(tip.p50(), micros(200));
        assertAbout(tip.p99(), micros(400));
        CommandFigures search = figures.get(2);
        assertThat(search.countOf(Outcome.PROBLEM)).isEqualTo(1);
        assertAbout(search.p50(), millis(5));
        assertAbout(search.p99(), millis(5));
    }

    @Test
    void percentilesCoverEverythingSinceStartupNotARecentWindow() {
        MockClock clock = new MockClock();
        CommandMetrics sinceStartup = new CommandMetrics(new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock));
        sinceStartup.record("section", Outcome.OK, millis(4));

        clock.add(Duration.ofDays(30));

        CommandFigures section = sinceStartup.figures().get(0);
        assertThat(section.count()).isEqualTo(1);
        assertAbout(section.p50(), millis(4));
        assertAbout(section.p99(), millis(4));
    }

    @Test
    void nothingRecordedIsNoFigures() {
        assertThat(metrics.figures()).isEmpty();
    }

    @Test
    void outcomeOfAReply() {
        assertThat(Outcome.of(Reply.content("t", "x"))).isEqualTo(Outcome.OK);
        assertThat(Outcome.of(Reply.problem("no"))).isEqualTo(Outcome.PROBLEM);
    }

    @Test
    void namesBeyondTheCapAreCountedTogether() {
        for (int i = 0; i < CommandMetrics.MAX_COMMANDS + 5; i++) {
            metrics.record("command" + i, Outcome.OK, 1000);
        }

        List<CommandFigures> figures = metrics.figures();

        assertThat(figures).hasSize(CommandMetrics.MAX_COMMANDS + 1);
        assertThat(figures.get(0)).satisfies(other -> {
            assertThat(other.command()).isEqualTo(CommandMetrics.OTHER);
            assertThat(other.count()).isEqualTo(5);
        });
        assertThat(figures.stream().mapToLong(CommandFigures::count).sum()).isEqualTo(CommandMetrics.MAX_COMMANDS + 5);
    }

    @Test
    void recordingFromManyThreadsLosesNothing() throws Exception {
        int threads = 4;
        int each = 25_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        metrics.record(i % 2 == 0 ? "section" : "search", Outcome.values()[i % 3], micros(i % 500));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(20, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(metrics.figures())
                .extracting(CommandFigures::count)
                .containsExactly((long) threads * each / 2, (long) threads * each / 2);
        assertThat(metrics.figures())
                .allSatisfy(figures -> assertThat(figures.outcomes().values().stream()
                                .mapToLong(Long::longValue)
                                .sum())
                        .isEqualTo(figures.count()));
    }

    /** Within the histogram's accuracy: a 32nd of the true value. */
    private static void assertAbout(Duration actual, long expectedNanos) {
        assertThat((double) actual.toNanos()).isCloseTo(expectedNanos, within(expectedNanos / 32.0));
    }

    private static long millis(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }

    private static long micros(long micros) {
        return TimeUnit.MICROSECONDS.toNanos(micros);
    }
}
