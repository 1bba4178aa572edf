package studybot.discord.connect;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;
import studybot.config.ShardsConfig;

/**
 * A logged-in bot: the running {@link ShardManager} plus the waits JDA does not offer for a whole shard set, so startup
 * can block until the gateway is usable and SIGTERM handling can block until every shard has closed.
 */
public final class DiscordConnection implements AutoCloseable {

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 50;

    private final ShardManager shardManager;
    private final ShardsConfig shards;
    private final GatewayGiveUp giveUp;
    private final JdaPools pools;

    DiscordConnection(ShardManager shardManager, ShardsConfig shards, GatewayGiveUp giveUp, JdaPools pools) {
        this.shardManager = Objects.requireNonNull(shardManager, "shardManager");
        this.shards = Objects.requireNonNull(shards, "shards");
        this.giveUp = Objects.requireNonNull(giveUp, "giveUp");
        this.pools = Objects.requireNonNull(pools, "pools");
    }

    public ShardManager shardManager() {
        return shardManager;
    }

    /**
     * Completes, once, with a readable reason when a shard stopped without being asked to: Discord closed the gateway
     * with a code that forbids resuming (4004 for a revoked token, 4010–4014) or JDA gave up reconnecting.
     */
    public CompletableFuture<String> gaveUp() {
        return giveUp.gaveUp().copy();
    }

    /**
     * Waits until every shard this process runs has started and reached {@link JDA.Status#CONNECTED}.
     *
     * @return whether that happened within the timeout
     */
    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!allShardsConnected()) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
        }
        return true;
    }

    /**
     * Closes every shard gracefully (letting queued replies go out) and waits for them to finish. Shards still open
     * when the timeout runs out are closed forcibly. Calling this again is harmless.
     *
     * @return whether every shard closed gracefully within the timeout
     */
    public boolean shutdown(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        giveUp.closing();
        List<JDA> shards = shardManager.getShards();
        shardManager.shutdown();
        boolean graceful = true;
        for (JDA shard : shards) {
            long remaining = Math.max(0, deadline - System.nanoTime());
            if (!shard.awaitShutdown(Math.max(1, TimeUnit.NANOSECONDS.toMillis(remaining)), TimeUnit.MILLISECONDS)) {
                graceful = false;
                shard.shutdownNow();
            }
        }
        graceful &= pools.shutdown(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        return graceful;
    }

    /** {@link #shutdown(Duration)} with a ten-second budget, for try-with-resources. */
    @Override
    public void close() {
        try {
            shutdown(CLOSE_TIMEOUT);
        } catch (InterruptedException e) {
            shardManager.getShards().forEach(JDA::shutdownNow);
            pools.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private boolean allShardsConnected() {
        List<JDA> running = shardManager.getShards();
        int expected = shards.isAutomatic() ? shardManager.getShardsTotal() : shards.to() - shards.from() + 1;
        return running.size() == expected
                && running.stream().allMatch(shard -> shard.getStatus() == JDA.Status.CONNECTED);
    }
}
