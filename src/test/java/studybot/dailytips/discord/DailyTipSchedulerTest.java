package studybot.dailytips.discord;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import studybot.testing.LogCapture;

class DailyTipSchedulerTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void keepsRunningPassesAfterOneThrows() throws InterruptedException {
        AtomicInteger passes = new AtomicInteger();
        CountDownLatch threeMore = new CountDownLatch(3);
        DailyTipScheduler scheduler = new DailyTipScheduler(
                () -> {
                    if (passes.incrementAndGet() == 1) {
                        throw new IllegalStateException("database locked");
                    }
                    threeMore.countDown();
                },
                Duration.ofMillis(10));

        try (LogCapture log = LogCapture.of(DailyTipScheduler.class)) {
            scheduler.start();

            assertThat(threeMore.await(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .as("passes after the failing one")
                    .isTrue();
            scheduler.stop(WAIT);
            assertThat(log.events())
                    .filteredOn(event -> event.getLevel() == Level.ERROR)
                    .singleElement()
                    .satisfies(event ->
                            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("database locked"));
        }
    }

    @Test
    void runsTheFirstPassAtOnceForCatchUp() throws InterruptedException {
        CountDownLatch first = new CountDownLatch(1);
        DailyTipScheduler scheduler = new DailyTipScheduler(first::countDown, Duration.ofHours(1));

        scheduler.start();

        assertThat(first.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        scheduler.stop(WAIT);
    }
}
