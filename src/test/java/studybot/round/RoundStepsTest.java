package studybot.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studybot.testing.LogCapture;

/**
 * The threads rounds are stepped on: one step per round at a time, other rounds stepped meanwhile, a failing step
 * logged and the round stepped again later, and stopping that leaves no step running and no thread behind.
 */
class RoundStepsTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final RoundKey ONE = new RoundKey(77, Instant.parse("2026-12-01T18:00:00Z"));
    private static final RoundKey OTHER = new RoundKey(78, Instant.parse("2026-12-01T18:00:00Z"));

    private final RoundSteps steps = RoundSteps.onThreads(2);
    private final CountDownLatch goOn = new CountDownLatch(1);

    @AfterEach
    void stop() {
        goOn.countDown();
        steps.stop(WAIT);
    }

    @Test
    void aRoundIsSteppedByOneThreadAtATimeWhileOthersAreStepped() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        assertThat(steps.run(ONE, () -> {
                    waiting.countDown();
                    awaitQuietly(goOn);
                }))
                .isTrue();
        assertThat(waiting.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

        assertThat(steps.run(ONE, () -> {})).as("its step is under way").isFalse();
        CountDownLatch otherStepped = new CountDownLatch(1);
        assertThat(steps.run(OTHER, otherStepped::countDown)).isTrue();
        assertThat(otherStepped.await(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .as("another round is stepped meanwhile")
                .isTrue();

        goOn.countDown();
        CountDownLatch steppedAgain = new CountDownLatch(1);
        await().atMost(WAIT).until(() -> steps.run(ONE, steppedAgain::countDown));
        assertThat(steppedAgain.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    }

    @Test
    void aStepThatFailsIsLoggedAndTheRoundSteppedAgainLater() throws Exception {
        try (LogCapture logs = LogCapture.of(RoundSteps.class)) {
            assertThat(steps.run(ONE, () -> {
                        throw new IllegalStateException("a bug");
                    }))
                    .isTrue();
            await().atMost(WAIT).until(() -> !logs.messages(Level.ERROR).isEmpty());
            assertThat(logs.messages(Level.ERROR))
                    .singleElement()
                    .satisfies(line -> assertThat(line).contains("round in channel 77", "tried again"));
        }
        CountDownLatch steppedAgain = new CountDownLatch(1);
        await().atMost(WAIT).until(() -> steps.run(ONE, steppedAgain::countDown));
        assertThat(steppedAgain.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    }

    @Test
    void stoppingInterruptsAStepThatDoesNotFinishInTimeAndLeavesNoThread() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        CountDownLatch ended = new CountDownLatch(1);
        AtomicReference<Thread> thread = new AtomicReference<>();
        steps.run(ONE, () -> {
            thread.set(Thread.currentThread());
            waiting.countDown();
            try {
                goOn.await();
            } catch (InterruptedException e) {
                interrupted.set(true);
            } finally {
                ended.countDown();
            }
        });
        assertThat(waiting.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

        assertThat(steps.stop(Duration.ofMillis(50))).as("every step ended").isTrue();

        assertThat(ended.getCount()).as("no step runs once stopping returned").isZero();
        assertThat(interrupted).isTrue();
        assertThat(thread.get().getName()).startsWith("studybot-round-steps-");
        thread.get().join(WAIT.toMillis());
        assertThat(thread.get().isAlive()).as("the step's thread is gone").isFalse();
        assertThat(steps.run(OTHER, () -> {}))
                .as("no step is taken after stopping")
                .isFalse();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
