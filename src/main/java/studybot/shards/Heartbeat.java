package studybot.shards;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.concurrent.DaemonThreads;
import studybot.config.ShardsConfig;
import studybot.discord.DiscordService;
import studybot.discord.ShardRange;
import studybot.stats.FleetFigures;
import studybot.store.StoreException;

/**
 * Keeps this process's row in the {@link SqlProcessStore} fresh while it is connected, and removes it on an orderly
 * stop; {@code /stats} reads the registry through {@link #fleet()}.
 */
public final class Heartbeat implements DiscordService {

    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);

    private final SqlProcessStore registry;
    private final ShardsConfig shards;
    private final ScheduledExecutorService beats =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("studybot-heartbeat"));

    public Heartbeat(SqlProcessStore registry, ShardsConfig shards) {
        this.registry = registry;
        this.shards = shards;
    }

    /** The bot's processes together, or empty when the store cannot say (none seen, or it failed). */
    public Optional<FleetFigures> fleet() {
        try {
            return registry.fleet();
        } catch (StoreException e) {
            log.debug("Cannot read the process registry: {}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void connected(ShardManager shardManager) {
        beats.scheduleWithFixedDelay(
                () -> beat(shardManager), 0, SqlProcessStore.BEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        beats.shutdownNow();
        try {
            registry.leave();
        } catch (StoreException e) {
            log.debug("Cannot remove this process from the registry: {}", e.getMessage());
        }
    }

    private void beat(ShardManager shardManager) {
        try {
            Map<Integer, Integer> serversPerShard = new HashMap<>();
            shardManager
                    .getShardCache()
                    .forEach(shard -> serversPerShard.put(shard.getShardInfo().getShardId(), (int)
                            shard.getGuildCache().size()));
            registry.beat(ShardRange.running(shards, shardManager), serversPerShard);
        } catch (StoreException | IllegalArgumentException e) {
            log.debug("Heartbeat not recorded: {}", e.getMessage());
        }
    }
}
