package studybot.dailytips.discord;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.sharding.ShardManager;
import studybot.Studybot;
import studybot.book.Book;
import studybot.config.DailyTipsConfig;
import studybot.config.ShardsConfig;
import studybot.dailytips.DailyTipService;
import studybot.dailytips.Fanout;
import studybot.dailytips.SharedPostingRate;
import studybot.dailytips.RetryBackoff;
import studybot.discord.DiscordFeature;
import studybot.discord.DiscordRenderer;
import studybot.discord.InteractionResponder;
import studybot.discord.ShardRange;
import studybot.library.Section;
import studybot.store.Database;
import studybot.store.Schema;
import studybot.store.StoreException;

/**
 * Daily tips on Discord: the {@code /tips} admin command, posting through JDA, and the scheduler thread that runs
 * while the bot is connected. Owns the SQLite store at {@code <dataFolder>/studybot.db}, opened before connecting
 * so a store that cannot be used stops startup instead of losing every server's settings.
 */
public final class DailyTipsFeature implements DiscordFeature {

    /** The store's file name inside {@code dataFolder}. */
    public static final String DATABASE_FILE = "studybot.db";
    /**
     * How long stopping lets a pass under way finish before interrupting it. An interrupted post is safe: it is
     * resent with the same nonce after the restart.
     */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final Database database;
    private final ConnectedShards shards;
    private final DailyTipService service;
    private final TipsCommand command;
    private final DailyTipScheduler scheduler;

    private DailyTipsFeature(Database database, Supplier<Book> book, DailyTipsConfig config, ShardsConfig shardsConfig,
                             Clock clock) {
        this.database = database;
        this.shards = new ConnectedShards();
        Duration sendTimeout = Duration.ofSeconds(config.sendTimeoutSeconds());
        Fanout fanout = Fanout.of(serverId -> shards.get()
                        .map(manager -> ShardRange.running(shardsConfig, manager).owns(serverId))
                        .orElse(false),
                SharedPostingRate.discordGlobal(database, Clock.systemUTC()), sendTimeout);
        this.service = new DailyTipService(database, () -> book.get().tips().tips(),
                section -> book.get().library().find(section).map(Section::title),
                new JdaTipChannel(shards, new DiscordRenderer(), sendTimeout), clock, RetryBackoff.DEFAULT, fanout);
        this.command = new TipsCommand(service, new JdaPostingAccess(shards));
        this.scheduler = new DailyTipScheduler(service::runDue, Duration.ofSeconds(config.checkIntervalSeconds()));
    }

    /**
     * Opens (creating if absent) the store in {@code studybot}'s data folder and readies the feature; nothing runs
     * until the bot connects.
     *
     * @param clock the time tips are scheduled by ({@code Clock.systemUTC()} outside tests); the shared request rate
     *              always runs on the system clock, which the bot's other processes share
     * @throws StoreException when the store cannot be used (corrupt, unwritable, from a newer studybot); its
     *                        one-line message names the file and what to do
     */
    public static DailyTipsFeature open(Studybot studybot, Clock clock) {
        Path file = studybot.config().dataFolder().resolve(DATABASE_FILE);
        Database database = Database.open(file, Schema.MIGRATIONS);
        return new DailyTipsFeature(database, studybot.book(), studybot.config().dailyTips(),
                studybot.config().discord().shards(), clock);
    }

    /** The store the feature opened, which the bot's other features share. */
    public Database database() {
        return database;
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
        return new TipsInteractions(command, responder, service::removeServer);
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
