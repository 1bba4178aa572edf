package studybot.dailytips.discord;

import java.time.Duration;
import studybot.config.DailyTipsConfig;
import studybot.config.ShardsConfig;
import studybot.dailytips.AnswerButtonIds;
import studybot.dailytips.DailyTips;
import studybot.dailytips.PostingAccess;
import studybot.dailytips.TipChannel;
import studybot.discord.DiscordRenderer;
import studybot.discord.ShardRange;
import studybot.i18n.PreferredLocales;

/**
 * Daily tips' ports on Discord, made before the connection exists (the features are built, and their listeners
 * registered, before login): posting and checking channels through JDA, and posting only for the servers on this
 * process's shards. They reach the connection once {@link DailyTipsOnDiscord} hands it over.
 */
public final class DiscordPosting {

    private final ConnectedShards shards = new ConnectedShards();
    private final TipChannel channel;
    private final PostingAccess access;
    private final DailyTips.Posting posting;

    /**
     * @param answerIds the ids of the question of the day's answer buttons: the quiz's, so its click route answers each
     *     member privately
     */
    public DiscordPosting(DailyTipsConfig config, ShardsConfig shardsConfig, AnswerButtonIds answerIds) {
        Duration sendTimeout = Duration.ofSeconds(config.sendTimeoutSeconds());
        this.channel = new JdaTipChannel(shards, new DiscordRenderer(), answerIds, sendTimeout);
        this.access = new JdaPostingAccess(shards);
        this.posting = new DailyTips.Posting(
                serverId -> shards.get()
                        .map(manager ->
                                ShardRange.running(shardsConfig, manager).owns(serverId))
                        .orElse(false),
                sendTimeout);
    }

    public TipChannel channel() {
        return channel;
    }

    public PostingAccess access() {
        return access;
    }

    public DailyTips.Posting posting() {
        return posting;
    }

    /** Each server's preferred locale on Discord, from JDA's cache of the servers on this process's shards. */
    public PreferredLocales preferredLocales() {
        return serverId -> shards.get()
                .map(manager -> manager.getGuildById(serverId))
                .map(guild -> guild.getLocale().toLocale());
    }

    ConnectedShards shards() {
        return shards;
    }
}
