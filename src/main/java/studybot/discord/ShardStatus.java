package studybot.discord;

import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;
import studybot.stats.ConnectionInfo;

/**
 * What {@code /stats} says of the connection, read from the shard manager each time it is asked. The stats exist
 * before the connection does, so the shard manager is attached once it has been built.
 */
public final class ShardStatus implements ConnectionInfo {

    private final AtomicReference<ShardManager> shards = new AtomicReference<>();

    public void attach(ShardManager shardManager) {
        shards.set(shardManager);
    }

    @Override
    public int servers() {
        ShardManager manager = shards.get();
        return manager == null ? 0 : (int) manager.getGuildCache().size();
    }

    @Override
    public int shardsConnected() {
        ShardManager manager = shards.get();
        return manager == null ? 0
                : (int) manager.getShardCache().stream().filter(jda -> jda.getStatus() == JDA.Status.CONNECTED).count();
    }

    @Override
    public int shardsTotal() {
        ShardManager manager = shards.get();
        return manager == null ? 0 : manager.getShardsTotal();
    }
}
