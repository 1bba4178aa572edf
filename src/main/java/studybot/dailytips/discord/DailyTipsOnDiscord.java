package studybot.dailytips.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.sharding.ShardManager;
import studybot.book.Book;
import studybot.config.DailyTipsConfig;
import studybot.config.ShardsConfig;
import studybot.dailytips.AnswerButtonIds;
import studybot.dailytips.DailyDigests;
import studybot.dailytips.DailyTipService;
import studybot.dailytips.DailyTips;
import studybot.dailytips.SharedPostingRate;
import studybot.discord.DiscordRenderer;
import studybot.discord.DiscordService;
import studybot.discord.ShardRange;
import studybot.store.Store;

/**
 * Daily tips on Discord: posting and checking channels through JDA, the scheduler thread that runs while the bot is
 * connected (posting only for the servers on this process's shards), and forgetting servers that remove studybot.
 * {@code /tips} itself is a command like any other ({@link #tips()} gives it to the registry). Its tables live in the
 * {@link Store} opened before connecting, so a store that cannot be used stops startup instead of losing every
 * server's settings.
 */
public final class DailyTipsOnDiscord implements DiscordService {

    /**
     * How long stopping lets a pass under way finish before interrupting it. An interrupted post is safe: it is
     * resent with the same nonce after the restart.
     */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final ConnectedShards shards;
    private final DailyTips tips;
    private final DailyTipScheduler scheduler;
    private final LongConsumer forgetServer;

    private DailyTipsOnDiscord(ConnectedShards shards, DailyTips tips, Duration checkInterval,
                               LongConsumer forgetServer) {
        this.shards = shards;
        this.tips = tips;
        this.scheduler = new DailyTipScheduler(tips.service()::runDue, checkInterval);
        this.forgetServer = forgetServer;
    }

    /**
     * Readies everything over {@code store}; nothing runs until the bot connects.
     *
     * @param store        opened with {@link DailyTipService#MIGRATIONS} and {@link SharedPostingRate#MIGRATIONS}
     * @param shardsConfig the shards this process runs: it posts only for the servers on them
     * @param book         the book being served
     * @param clock        the time tips are scheduled by ({@code Clock.systemUTC()} outside tests)
     * @param digests      what each server's reading plan adds to its daily post
     * @param answerIds    the ids of the question of the day's answer buttons: the quiz's, so its click route
     *                     answers each member privately
     * @param forgetServer what else to forget about a server that removed studybot (its plan, its members' marks)
     */
    public static DailyTipsOnDiscord over(Store store, DailyTipsConfig config, ShardsConfig shardsConfig,
                                          Supplier<Book> book, Clock clock, DailyDigests digests,
                                          AnswerButtonIds answerIds, LongConsumer forgetServer) {
        ConnectedShards shards = new ConnectedShards();
        Duration sendTimeout = Duration.ofSeconds(config.sendTimeoutSeconds());
        DailyTips.Posting posting = new DailyTips.Posting(serverId -> shards.get()
                .map(manager -> ShardRange.running(shardsConfig, manager).owns(serverId))
                .orElse(false), sendTimeout);
        DailyTips tips = DailyTips.over(store, book, new JdaTipChannel(shards, new DiscordRenderer(), answerIds,
                sendTimeout),
                new JdaPostingAccess(shards), posting, clock, digests);
        return new DailyTipsOnDiscord(shards, tips, Duration.ofSeconds(config.checkIntervalSeconds()), forgetServer);
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
     * A server that removed studybot gets no more tips, and its settings, plan and members' read marks don't linger
     * in the store. The store is written on the scheduler's thread, never on the gateway's.
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
