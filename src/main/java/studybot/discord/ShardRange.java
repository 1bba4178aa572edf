package studybot.discord;

import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.MiscUtil;
import studybot.config.ShardsConfig;

/**
 * The shards one process runs, {@code from}..{@code to} of {@code total}, and so the servers it hears from: Discord
 * sends a server's events to shard {@code (server_id >> 22) % total}.
 */
public record ShardRange(int total, int from, int to) {

    public ShardRange {
        if (total < 1 || from < 0 || from > to || to >= total) {
            throw new IllegalArgumentException("not a shard range: " + from + "-" + to + " of " + total);
        }
    }

    /** The range a connected process runs: the configured one, or every shard when Discord chose the count. */
    public static ShardRange running(ShardsConfig config, ShardManager shardManager) {
        return config.isAutomatic()
                ? new ShardRange(shardManager.getShardsTotal(), 0, shardManager.getShardsTotal() - 1)
                : new ShardRange(config.total(), config.from(), config.to());
    }

    /** The shard Discord routes {@code serverId} to when the bot has {@code total} shards. */
    public static int shardOf(long serverId, int total) {
        return MiscUtil.getShardForGuild(serverId, total);
    }

    public boolean owns(long serverId) {
        int shard = shardOf(serverId, total);
        return shard >= from && shard <= to;
    }

    @Override
    public String toString() {
        return (from == to ? "shard " + from : "shards " + from + "–" + to) + " of " + total;
    }
}
