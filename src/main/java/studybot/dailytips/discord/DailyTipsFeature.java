package studybot.dailytips.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.sharding.ShardManager;
import studybot.Studybot;
import studybot.book.Book;
import studybot.dailytips.DailyDigests;
import studybot.dailytips.DailyTipService;
import studybot.dailytips.RetryBackoff;
import studybot.discord.DiscordFeature;
import studybot.discord.DiscordRenderer;
import studybot.discord.InteractionResponder;
import studybot.library.Section;
import studybot.store.Store;

/**
 * Daily tips on Discord: the {@code /tips} admin command, posting through JDA, and the scheduler thread that runs
 * while the bot is connected. Its tables live in the {@link Store} opened before connecting (with
 * {@link DailyTipService#MIGRATIONS}), so a store that cannot be used stops startup instead of losing every server's
 * settings. Stopping the feature closes the store.
 */
public final class DailyTipsFeature implements DiscordFeature {

    /** How long one post may take before it counts as a transient failure and is retried later. */
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    /**
     * How long stopping lets a pass under way finish before interrupting it. An interrupted post is safe: it is
     * resent with the same nonce after the restart.
     */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final Store database;
    private final ConnectedShards shards;
    private final DailyTipService service;
    private final TipsCommand command;
    private final DailyTipScheduler scheduler;
    private final LongConsumer forgetServer;

    private DailyTipsFeature(Store database, Supplier<Book> book, Duration checkInterval, Clock clock,
                             DailyDigests digests, LongConsumer forgetServer) {
        this.database = database;
        this.shards = new ConnectedShards();
        this.service = new DailyTipService(database, () -> book.get().tips().tips(),
                section -> book.get().library().find(section).map(Section::title),
                new JdaTipChannel(shards, new DiscordRenderer(), SEND_TIMEOUT), clock, RetryBackoff.DEFAULT,
                digests);
        this.forgetServer = serverId -> {
            service.removeServer(serverId);
            forgetServer.accept(serverId);
        };
        this.command = new TipsCommand(service, new JdaPostingAccess(shards));
        this.scheduler = new DailyTipScheduler(service::runDue, checkInterval);
    }

    /**
     * Readies the feature over {@code store}; nothing runs until the bot connects.
     *
     * @param clock        the time tips are scheduled by ({@code Clock.systemUTC()} outside tests)
     * @param digests      what each server's reading plan adds to its daily post
     * @param forgetServer what else to forget about a server studybot leaves (its plan, its members' progress)
     */
    public static DailyTipsFeature open(Studybot studybot, Store store, Clock clock, DailyDigests digests,
                                        LongConsumer forgetServer) {
        return new DailyTipsFeature(store, studybot.book(),
                Duration.ofSeconds(studybot.config().dailyTips().checkIntervalSeconds()), clock, digests,
                forgetServer);
    }

    /** The tip service, e.g. for {@code /stats} ({@code tipsPostedToday()}, {@code pausedServers()}). */
    public DailyTipService service() {
        return service;
    }

    @Override
    public List<CommandData> commands() {
        return List.of(TipsSlashCommand.definition());
    }

    @Override
    public EventListener listener(InteractionResponder responder) {
        return new TipsInteractions(command, responder, forgetServer);
    }

    @Override
    public void connected(ShardManager shardManager) {
        shards.connect(shardManager);
        scheduler.start();
    }

    /** Stops the scheduler (letting a post under way finish) and closes the store. */
    @Override
    public void stop() {
        try {
            scheduler.stop(STOP_GRACE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            database.close();
        }
    }
}
