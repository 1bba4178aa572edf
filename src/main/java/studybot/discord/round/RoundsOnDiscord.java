package studybot.discord.round;

import java.util.List;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.sharding.ShardManager;
import studybot.config.ShardsConfig;
import studybot.discord.DiscordService;
import studybot.discord.ShardRange;
import studybot.round.Rounds;

/**
 * Rounds on Discord once connected: the rounds of this process's servers carried on after a restart and moved on as
 * they come due, their messages sent through JDA.
 */
public final class RoundsOnDiscord implements DiscordService {

    private final Rounds rounds;
    private final JdaRoundChannel channel;
    private final ShardsConfig shards;

    /**
     * @param channel the channel {@code rounds} post through, connected here when the bot is
     * @param shards the shards this process runs: it runs the rounds of the servers on them
     */
    public RoundsOnDiscord(Rounds rounds, JdaRoundChannel channel, ShardsConfig shards) {
        this.rounds = rounds;
        this.channel = channel;
        this.shards = shards;
    }

    /** Keeps each {@code /round start}'s interaction, so a round that cannot start tells its starter why. */
    @Override
    public List<EventListener> listeners() {
        return List.of(channel.startListener());
    }

    @Override
    public void connected(ShardManager shardManager) {
        channel.connect(shardManager);
        rounds.start(server -> ShardRange.running(shards, shardManager).owns(server));
    }

    @Override
    public void stop() {
        rounds.stop();
    }
}
