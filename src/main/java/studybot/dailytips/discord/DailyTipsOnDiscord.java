package studybot.dailytips.discord;

import java.time.Duration;
import java.util.List;
import java.util.function.LongConsumer;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.sharding.ShardManager;
import studybot.config.DailyTipsConfig;
import studybot.dailytips.DailyTipService;
import studybot.dailytips.DailyTips;
import studybot.discord.DiscordService;

/**
 * Daily tips on Discord: the scheduler thread that runs while the bot is connected (posting through the
 * {@link DiscordPosting} ports, only for the servers on this process's shards), and forgetting servers that remove
 * studybot. {@code /tips} itself is a feature like any other, built by the composition root. Its tables live in the
 * store opened before connecting, so a store that cannot be used stops startup instead of losing every server's
 * settings.
 */
public final class DailyTipsOnDiscord implements DiscordService {

    /**
     * How long stopping lets a pass under way finish before interrupting it. An interrupted post is safe: it is resent
     * with the same nonce after the restart.
     */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final ConnectedShards shards;
    private final DailyTips tips;
    private final DailyTipScheduler scheduler;
    private final LongConsumer forgetServer;

    /**
     * Readies the scheduler for {@code tips}; nothing runs until the bot connects.
     *
     * @param posting the ports {@code tips} was built with, which this connects
     * @param tips daily tips built over the store opened before connecting
     * @param forgetServer what else to forget about a server that removed studybot (its plan, its members' marks)
     */
    public DailyTipsOnDiscord(
            DiscordPosting posting, DailyTips tips, DailyTipsConfig config, LongConsumer forgetServer) {
        this.shards = posting.shards();
        this.tips = tips;
        this.scheduler =
                new DailyTipScheduler(tips.service()::runDue, Duration.ofSeconds(config.checkIntervalSeconds()));
        this.forgetServer = forgetServer;
    }

    /** {@code /tips} and the service behind it. */
    public DailyTips tips() {
        return tips;
    }

    /** The tip service, e.g. for {@code /stats} ({@code tipsPostedToday()}, {@code pausedServers()}). */
    public DailyTipService service() {
        return tips.service();
    }

    /**
     * A server that removed studybot gets no more tips, and its settings, plan and members' read marks don't linger in
     * the store. The store is written on the scheduler's thread, never on the gateway's.
     */
    @Override
    public List<EventListener> listeners() {
        return List.of(new ListenerAdapter() {
            @Override
            public void onGuildLeave(GuildLeaveEvent event) {
                long serverId = event.getGuild().getIdLong();
                scheduler.submit(() -> {
                    tips.service().removeServer(serverId);
                    forgetServer.accept(serverId);
                });
            }
        });
    }

    @Override
    public void connected(ShardManager shardManager) {
        shards.connect(shardManager);
        scheduler.start();
    }

    /** Stops the scheduler, letting a post under way finish. */
    @Override
    public void stop() {
        try {
            scheduler.stop(STOP_GRACE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
