package studybot.dailytips.discord;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import studybot.dailytips.AnswerButtonIds;
import studybot.dailytips.DailyPostReply;
import studybot.dailytips.PauseReason;
import studybot.dailytips.PermanentSendFailure;
import studybot.dailytips.SentMessage;
import studybot.dailytips.TipChannel;
import studybot.dailytips.TipPost;
import studybot.dailytips.TipSendException;
import studybot.dailytips.TransientSendFailure;
import studybot.discord.DiscordRenderer;

/**
 * Posts tips through JDA, looking just like {@code /tip} answers (embed and "Read" button, no mentions), or the study
 * digest when the server's reading plan runs, with the question of the day's answer buttons ({@link DailyPostReply}).
 * It blocks the calling scheduler thread until Discord answers or {@code timeout} passes; JDA itself waits out 429s and
 * retries the 5xx it considers passing. The nonce is sent with {@code enforce_nonce: true} (JDA always adds it), so a
 * resend after a crash or a timeout returns the message Discord already made.
 */
final class JdaTipChannel implements TipChannel {

    private final ConnectedShards shards;
    private final DiscordRenderer renderer;
    private final AnswerButtonIds answerIds;
    private final Duration timeout;

    JdaTipChannel(ConnectedShards shards, DiscordRenderer renderer, AnswerButtonIds answerIds, Duration timeout) {
        this.shards = shards;
        this.renderer = renderer;
        this.answerIds = answerIds;
        this.timeout = timeout;
    }

    @Override
    public SentMessage send(long channelId, TipPost post, String nonce) throws TipSendException {
        TextChannel channel = channel(channelId);
        if (JdaPostingAccess.problemWith(channel).isPresent()) {
            throw new PermanentSendFailure(new PauseReason(PauseReason.Cause.MISSING_PERMISSIONS, channelId));
        }
        MessageCreateData message = renderer.create(DailyPostReply.of(post, answerIds));
        CompletableFuture<Message> sending;
        try {
            sending = channel.sendMessage(message).setNonce(nonce).submit();
        } catch (InsufficientPermissionException e) {
            throw SendFailures.classify(e, channelId);
        }
        try {
            return new SentMessage(
                    sending.get(timeout.toMillis(), TimeUnit.MILLISECONDS).getIdLong());
        } catch (ExecutionException e) {
            throw SendFailures.classify(e.getCause(), channelId);
        } catch (TimeoutException e) {
            sending.cancel(true);
            throw new TransientSendFailure("Discord did not answer within " + timeout.toSeconds() + " seconds", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sending.cancel(true);
            throw new TransientSendFailure("Interrupted while posting, as studybot is stopping", e);
        }
    }

    /**
     * The channel from JDA's cache. A channel missing while a shard is (re)connecting or a server is in an outage may
     * just not be cached yet, so only a missing channel on a healthy connection counts as deleted.
     */
    private TextChannel channel(long channelId) throws TipSendException {
        ShardManager connection =
                shards.get().orElseThrow(() -> new TransientSendFailure("studybot is not connected to Discord yet"));
        TextChannel channel = connection.getTextChannelById(channelId);
        if (channel != null) {
            return channel;
        }
        boolean healthy = connection.getShards().stream()
                .allMatch(shard -> shard.getStatus() == JDA.Status.CONNECTED
                        && shard.getUnavailableGuilds().isEmpty());
        if (!healthy) {
            throw new TransientSendFailure(
                    "studybot's connection to Discord is not ready; the tip channel is not known yet");
        }
        throw new PermanentSendFailure(new PauseReason(PauseReason.Cause.CHANNEL_GONE, channelId));
    }
}
