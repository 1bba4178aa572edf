package studybot.discord.round;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import net.dv8tion.jda.api.sharding.ShardManager;
import studybot.book.Book;
import studybot.command.Feature;
import studybot.config.ShardsConfig;
import studybot.discord.DiscordRenderer;
import studybot.discord.DiscordService;
import studybot.discord.ShardRange;
import studybot.plan.PlanService;
import studybot.round.Rounds;
import studybot.sharing.StoredShareOptIns;
import studybot.store.Store;

/**
 * Rounds on Discord: {@code /round} for the registry ({@link #feature()}), and, once connected, the rounds of this
 * process's servers carried on after a restart and moved on as they come due, their messages sent through JDA.
 */
public final class RoundsOnDiscord implements DiscordService {

    /** How long one round message may wait for Discord before the round gives up on it. */
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final Rounds rounds;
    private final JdaRoundChannel channel;
    private final ShardsConfig shards;

    private RoundsOnDiscord(Rounds rounds, JdaRoundChannel channel, ShardsConfig shards) {
        this.rounds = rounds;
        this.channel = channel;
        this.shards = shards;
    }

    /**
     * Readies rounds over {@code store}; nothing runs until the bot connects.
     *
     * @param store  opened with the rounds', quiz's, plans' and sharing's migrations
     * @param shards the shards this process runs: it runs the rounds of the servers on them
     */
    public static RoundsOnDiscord over(Store store, Supplier<Book> book, PlanService plans,
                                       StoredShareOptIns sharing, ShardsConfig shards, Clock clock) {
        JdaRoundChannel channel = new JdaRoundChannel(new DiscordRenderer(), SEND_TIMEOUT);
        return new RoundsOnDiscord(Rounds.over(store, book, plans, sharing, clock, channel), channel, shards);
    }

    public Feature feature() {
        return rounds.feature();
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
