package studybot.discord.remind;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.concurrent.DaemonThreads;
import studybot.discord.DiscordService;
import studybot.remind.ReminderPoster;

/**
 * Reminders while the bot is connected: the DM port reaches the connection, and the reminder pass runs on a thread of
 * its own every {@code interval} (at once when connected, the catch-up after a restart), beside the daily posts' and
 * sharing their request rate through the store. A failing pass is logged and the next one runs.
 */
public final class RemindersOnDiscord implements DiscordService {

    private static final Logger log = LoggerFactory.getLogger(RemindersOnDiscord.class);
    /** How long stopping lets a pass finish; an interrupted reminder is resent with its nonce after the restart. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final JdaDirectMessages dms;
    private final ReminderPoster poster;
    private final Duration interval;
    private final ScheduledExecutorService executor;

    public RemindersOnDiscord(JdaDirectMessages dms, ReminderPoster poster, Duration interval) {
        this.dms = dms;
        this.poster = poster;
        this.interval = interval;
        this.executor = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("studybot-reminders"));
    }

    @Override
    public void connected(ShardManager shards) {
        dms.connect(shards);
        executor.scheduleWithFixedDelay(this::runPass, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Reminders: a pass was still running after {} s; interrupting it", STOP_GRACE.toSeconds());
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void runPass() {
        try {
            poster.runDue();
        } catch (RuntimeException e) {
            log.error("Reminders: a pass failed; the next one runs in {} s", interval.toSeconds(), e);
        }
    }
}
