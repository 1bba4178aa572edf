package studybot.discord;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;
import studybot.config.ShardsConfig;
import studybot.stats.ConnectionInfo;
import studybot.stats.FleetFigures;
import studybot.stats.ShardShare;

/**
 * What {@code /stats} says of the connection, read from the shard manager each time it is asked: the shards this
 * process runs, and the bot's processes together where the store can tell. The stats exist before the connection does,
 * so the shard manager is attached once it has been built.
 */
public final class ShardStatus implements ConnectionInfo {

    private final AtomicReference<ShardManager> shards = new AtomicReference<>();
    private final ShardsConfig config;
    private final Supplier<Optional<FleetFigures>> fleet;

    /** @param fleet the bot's processes together, e.g. from their heartbeats in the store */
    public ShardStatus(ShardsConfig config, Supplier<Optional<FleetFigures>> fleet) {
        this.config = config;
        this.fleet = fleet;
    }

    public void attach(ShardManager shardManager) {
        shards.set(shardManager);
    }

    @Override
    public Optional<ShardShare> shardRange() {
        ShardManager manager = shards.get();
        if (manager == null || config.isAutomatic()) {
            return Optional.empty();
        }
        ShardRange running = ShardRange.running(config, manager);
        return Optional.of(new ShardShare(running.from(), running.to(), running.total()));
    }

    @Override
    public Optional<FleetFigures> fleet() {
        return shards.get() == null ? Optional.empty() : fleet.get();
    }

    @Override
    public int servers() {
        ShardManager manager = shards.get();
        return manager == null ? 0 : (int) manager.getGuildCache().size();
    }

    @Override
    public int shardsConnected() {
        ShardManager manager = shards.get();
        return manager == null
                ? 0
                : (int) manager.getShardCache().stream()
                        .filter(jda -> jda.getStatus() == JDA.Status.CONNECTED)
                        .count();
    }

    /** The shards this process runs: all of the bot's, or its configured range. */
    @Override
    public int shardsTotal() {
        ShardManager manager = shards.get();
        if (manager == null) {
            return 0;
        }
        return config.isAutomatic() ? manager.getShardsTotal() : config.to() - config.from() + 1;
    }
}
