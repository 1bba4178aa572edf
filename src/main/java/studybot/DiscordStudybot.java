package studybot;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import studybot.chart.ChartRenderer;
import studybot.config.StudybotConfig;
import studybot.dailytips.DailyTipService;
import studybot.dailytips.discord.DailyTipsOnDiscord;
import studybot.digest.ReadingServices;
import studybot.discord.BotFeatures;
import studybot.discord.DiscordBot;
import studybot.discord.ShardStatus;
import studybot.discord.connect.DiscordEndpoints;
import studybot.discord.connect.DiscordUnreachableException;
import studybot.discord.connect.JdaHttpClient;
import studybot.discord.connect.RejectedTokenException;
import studybot.discord.remind.RemindersOnDiscord;
import studybot.discord.round.RoundsOnDiscord;
import studybot.discord.threads.JdaThreads;
import studybot.shards.Heartbeat;

/**
 * studybot as the {@link CompositionRoot} builds it for Discord, ready to connect: the features, and the services that
 * run only while connected (the daily-tip scheduler, this process's heartbeat, the rounds' timer, the reminders'
 * scheduler).
 *
 * @param charts the features' charts, warmed up once startup no longer needs the CPU (drawing the first one loads the
 *     chart library and the fonts, a second of CPU the login and the book's indexing would otherwise share)
 * @param storeOpened completes when the store has opened (it may still be opening in the background while the bot logs
 *     in) and members' data kept before books were told apart has its book: store work waits until then
 */
public record DiscordStudybot(
        Studybot studybot,
        DailyTipsOnDiscord dailyTips,
        ReadingServices reading,
        ShardStatus shards,
        Heartbeat heartbeat,
        RoundsOnDiscord rounds,
        JdaThreads threads,
        RemindersOnDiscord reminders,
        ChartRenderer charts,
        CompletionStage<Void> storeOpened) {

    /**
     * Connects and starts answering, the services running once connected.
     *
     * @throws RejectedTokenException when Discord refuses the token; nothing is left running then
     * @throws DiscordUnreachableException when Discord can't be reached; nothing is left running then either
     */
    public DiscordBot connect(DiscordEndpoints endpoints) throws RejectedTokenException, DiscordUnreachableException {
        return connectWhileBuilt(
                CompletableFuture.completedFuture(this),
                endpoints,
                JdaHttpClient.builtAtLogin(),
                studybot.config(),
                storeOpened);
    }

    /**
     * Connects while {@code building} is still being built (the login needs none of it), and starts answering once it
     * is: the gateway's first events wait for it. The caller learns of a failed build from {@code building} and shuts
     * the bot down.
     *
     * @param storeOpened completes when the store has opened
     * @throws RejectedTokenException when Discord refuses the token; nothing is left running then
     * @throws DiscordUnreachableException when Discord can't be reached; nothing is left running then either
     */
    public static DiscordBot connectWhileBuilt(
            CompletableFuture<DiscordStudybot> building,
            DiscordEndpoints endpoints,
            JdaHttpClient http,
            StudybotConfig config,
            CompletionStage<Void> storeOpened)
            throws RejectedTokenException, DiscordUnreachableException {
        CompletableFuture<BotFeatures> features = new CompletableFuture<>();
        DiscordBot bot = DiscordBot.start(
                features,
                endpoints,
                http,
                config.discord(),
                Duration.ofMillis(config.store().busyTimeoutMillis()),
                storeOpened);
        building.whenComplete((wired, failure) -> {
            if (failure != null) {
                features.completeExceptionally(failure);
                return;
            }
            wired.shards().attach(bot.shardManager());
            features.complete(new BotFeatures(
                    wired.studybot().registry(),
                    wired.studybot().interactions(),
                    List.of(wired.heartbeat(), wired.dailyTips(), wired.rounds(), wired.threads(), wired.reminders())));
        });
        return bot;
    }

    /** The daily tip service, e.g. for a test to run a pass. */
    public DailyTipService tipService() {
        return dailyTips.service();
    }
}
