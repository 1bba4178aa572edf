package studybot.dailytips.discord;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.concurrent.DaemonThreads;

/**
 * Runs the daily-tip pass on one background thread: at once when started (the catch-up after a restart), then every
 * {@code interval}. A failing pass is logged and the next one runs as usual, because a scheduled task that throws would
 * silently never run again.
 */
final class DailyTipScheduler {

    private static final Logger log = LoggerFactory.getLogger(DailyTipScheduler.class);

    private final Runnable pass;
    private final Duration interval;
    private final ScheduledExecutorService executor;

    /** @param pass one pass over all servers, e.g. {@code service::runDue} */
    DailyTipScheduler(Runnable pass, Duration interval) {
        this.pass = pass;
        this.interval = interval;
        this.executor = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("studybot-daily-tips"));
    }

    void start() {
        executor.scheduleWithFixedDelay(this::runPass, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Daily tips: checking every {} s", interval.toSeconds());
    }

    /**
     * Runs {@code task} on the scheduler's thread, between passes; a failure is logged. For store writes that must not
     * run on the caller's thread (JDA's gateway thread, say).
     */
    void submit(Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.error("Daily tips: a task failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("Daily tips: stopping, so a task was dropped");
        }
    }

    /** Lets a pass under way finish within {@code grace} (interrupting it after that), and runs no more. */
    void stop(Duration grace) throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            log.warn("Daily tips: a pass was still running after {} s; interrupting it", grace.toSeconds());
            executor.shutdownNow();
        }
    }

    private void runPass() {
        try {
            pass.run();
        } catch (RuntimeException e) {
            log.error("Daily tips: a pass failed; the next one runs in {} s", interval.toSeconds(), e);
        }
    }
}
