package studybot.discord.connect;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import studybot.concurrent.DaemonThreads;

/**
 * The thread pools JDA sends requests and times acknowledgements with, owned by the connection rather than by JDA.
 * {@code ShardManager.shutdown()} stops JDA's own shared pools at once, while the shards are still closing and still
 * reading interactions Discord sent before the close; a reply to one of those (or JDA's own bookkeeping for it) was
 * then rejected, and the interaction failed. These pools outlive the shards' shutdown and are stopped once every shard
 * has closed.
 */
final class JdaPools {

    /** Holds JDA's timers for unacknowledged interactions, which are moot once the shards have closed. */
    private final ScheduledThreadPoolExecutor gateway =
            new ScheduledThreadPoolExecutor(1, DaemonThreads.numbered("studybot-jda-gateway"));

    private final ScheduledExecutorService rateLimitScheduler =
            Executors.newScheduledThreadPool(2, DaemonThreads.numbered("studybot-jda-ratelimit"));
    private final ExecutorService rateLimitElastic =
            Executors.newCachedThreadPool(DaemonThreads.numbered("studybot-jda-rest"));

    JdaPools() {
        gateway.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Hands the pools to {@code builder}, which must not shut them down itself. */
    DefaultShardManagerBuilder applyTo(DefaultShardManagerBuilder builder) {
        return builder.setGatewayPool(gateway, false)
                .setRateLimitScheduler(rateLimitScheduler, false)
                .setRateLimitElastic(rateLimitElastic, false);
    }

    /**
     * Stops every pool once the shards have closed: requests still on their way finish first, within {@code timeout};
     * whatever is left then is interrupted.
     *
     * @return whether everything finished in time
     */
    boolean shutdown(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ExecutorService> all = List.of(gateway, rateLimitScheduler, rateLimitElastic);
        all.forEach(ExecutorService::shutdown);
        boolean finished = true;
        for (ExecutorService pool : all) {
            finished &= pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        if (!finished) {
            shutdownNow();
        }
        return finished;
    }

    /** Stops every pool at once, interrupting what runs; for shards that never started or an interrupted stop. */
    void shutdownNow() {
        List.of(gateway, rateLimitScheduler, rateLimitElastic).forEach(ExecutorService::shutdownNow);
    }
}
