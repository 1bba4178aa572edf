package studybot.discord.round;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.sharding.ShardManager;
import studybot.discord.DiscordRenderer;
import studybot.reply.Reply;
import studybot.round.RoundChannel;
import studybot.round.RoundPostException;

/**
 * Posts and edits round messages through JDA, rendered like every other reply (embed, buttons, no mentions). It blocks
 * the rounds' timer thread until Discord answers or {@code timeout} passes; JDA waits out the channel's rate limit
 * itself (a round sends two requests per question, well within it). A post sends its nonce with {@code enforce_nonce},
 * so posting again after a crash returns the message already posted.
 */
public final class JdaRoundChannel implements RoundChannel {

    /** How long one round message may wait for Discord before the round gives up on it. */
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private static final Duration READY_POLL = Duration.ofMillis(100);

    private final AtomicReference<ShardManager> shards = new AtomicReference<>();
    private final DiscordRenderer renderer;
    private final Duration timeout;

    /** Not connected: it sends nothing until {@link RoundsOnDiscord} is told the bot connected. */
    public JdaRoundChannel() {
        this(new DiscordRenderer(), SEND_TIMEOUT);
    }

    JdaRoundChannel(DiscordRenderer renderer, Duration timeout) {
        this.renderer = renderer;
        this.timeout = timeout;
    }

    void connect(ShardManager shardManager) {
        shards.set(shardManager);
    }

    @Override
    public long post(long channelId, Reply message, String nonce) throws RoundPostException {
        GuildMessageChannel channel = channel(channelId);
        try {
            return await(channel.sendMessage(renderer.create(message))
                            .setNonce(nonce)
                            .submit())
                    .getIdLong();
        } catch (InsufficientPermissionException e) {
            throw new RoundPostException("studybot may not post in channel " + channelId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void edit(long channelId, long messageId, Reply message) throws RoundPostException {
        GuildMessageChannel channel = channel(channelId);
        try {
            await(channel.editMessageById(messageId, renderer.edit(message)).submit());
        } catch (InsufficientPermissionException e) {
            throw new RoundPostException("studybot may not edit in channel " + channelId + ": " + e.getMessage(), e);
        }
    }

    /**
     * The channel from JDA's cache. Right after connecting (rounds resume then) the cache may not hold it yet, so a
     * missing channel is waited for, up to the timeout, while any shard is still getting ready; on a ready connection
     * it is gone.
     */
    private GuildMessageChannel channel(long channelId) throws RoundPostException {
        ShardManager connection = Optional.ofNullable(shards.get())
                .orElseThrow(() -> new RoundPostException("studybot is not connected to Discord"));
        long until = System.nanoTime() + timeout.toNanos();
        GuildChannel channel = connection.getGuildChannelById(channelId);
        while (channel == null && !ready(connection) && System.nanoTime() - until < 0) {
            try {
                Thread.sleep(READY_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RoundPostException("interrupted, as studybot is stopping", e);
            }
            channel = connection.getGuildChannelById(channelId);
        }
        if (channel instanceof GuildMessageChannel messages) {
            return messages;
        }
        throw new RoundPostException("channel " + channelId + " is gone or studybot can no longer see it");
    }

    private static boolean ready(ShardManager connection) {
        return connection.getShards().stream()
                .allMatch(shard -> shard.getStatus() == JDA.Status.CONNECTED
                        && shard.getUnavailableGuilds().isEmpty());
    }

    private Message await(CompletableFuture<Message> sending) throws RoundPostException {
        try {
            return sending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new RoundPostException("Discord refused: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            sending.cancel(true);
            throw new RoundPostException("Discord did not answer within " + timeout.toSeconds() + " seconds", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sending.cancel(true);
            throw new RoundPostException("interrupted, as studybot is stopping", e);
        }
    }
}
