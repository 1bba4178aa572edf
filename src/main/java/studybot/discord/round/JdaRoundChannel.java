package studybot.discord.round;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Route;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.internal.requests.RestActionImpl;
import studybot.discord.DiscordRenderer;
import studybot.reply.Reply;
import studybot.round.RoundChannel;
import studybot.round.RoundPostException;
import studybot.round.RoundPostException.Kind;

/**
 * Posts and edits round messages through JDA, rendered like every other reply (embed, buttons, no mentions). It blocks
 * the round's step (a thread of its own, never the rounds' timer nor another round's step) until Discord answers or
 * {@code timeout} passes; JDA waits out the channel's rate limit itself (a round sends two requests per question, well
 * within it). A post sends its nonce with {@code enforce_nonce}, so posting again after a crash returns the message
 * already posted.
 *
 * <p>A round in a thread goes on when the thread is archived mid-round (a member closed it, or it was archived while
 * studybot was away): Discord refuses edits in an archived thread (400, code 50083) and JDA drops an archived thread
 * from its cache (nor does it load one on connecting), so studybot unarchives it, as Discord lets a member of an
 * unlocked thread do (a new message would unarchive it too), and carries on. A locked thread refuses that, and the
 * round ends as in any channel that refuses studybot.
 */
public final class JdaRoundChannel implements RoundChannel {

    /** How long one round message may wait for Discord before the round gives up on it. */
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private static final Duration READY_POLL = Duration.ofMillis(100);

    private final AtomicReference<ShardManager> shards = new AtomicReference<>();
    private final DiscordRenderer renderer;
    private final Duration timeout;
    private final RoundStartHooks starts;

    /**
     * Not connected: it sends nothing until {@link RoundsOnDiscord} is told the bot connected.
     *
     * @param clock when each {@code /round start} came, to follow it up only while Discord lets it
     */
    public JdaRoundChannel(Clock clock) {
        this(new DiscordRenderer(), SEND_TIMEOUT, clock);
    }

    JdaRoundChannel(DiscordRenderer renderer, Duration timeout, Clock clock) {
        this.renderer = renderer;
        this.timeout = timeout;
        this.starts = new RoundStartHooks(clock);
    }

    /** The listener that keeps each {@code /round start}'s interaction for {@link #tellStarter}. */
    EventListener startListener() {
        return starts;
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
            throw new RoundPostException(
                    "studybot may not post in channel " + channelId + ": " + e.getMessage(), Kind.CHANNEL_REFUSES, e);
        }
    }

    @Override
    public void edit(long channelId, long messageId, Reply message) throws RoundPostException {
        try {
            editOnce(channelId, messageId, message);
        } catch (RoundPostException e) {
            if (!(e.getCause() instanceof ErrorResponseException refused
                    && refused.getErrorResponse() == ErrorResponse.ILLEGAL_OPERATION_ARCHIVED_THREAD)) {
                throw e;
            }
            reopen(connection(), channelId);
            editOnce(channelId, messageId, message);
        }
    }

    private void editOnce(long channelId, long messageId, Reply message) throws RoundPostException {
        GuildMessageChannel channel = channel(channelId);
        try {
            await(channel.editMessageById(messageId, renderer.edit(message)).submit());
        } catch (InsufficientPermissionException e) {
            throw new RoundPostException(
                    "studybot may not edit in channel " + channelId + ": " + e.getMessage(), Kind.CHANNEL_REFUSES, e);
        }
    }

    @Override
    public void tellStarter(long channelId, long starterId, Reply message) throws RoundPostException {
        InteractionHook hook = starts.take(channelId, starterId)
                .orElseThrow(() -> new RoundPostException(
                        "no recent /round start of member " + starterId + " to follow up", Kind.REJECTED));
        await(hook.sendMessage(renderer.create(message)).setEphemeral(true).submit());
    }

    /**
     * The channel from JDA's cache. Right after connecting (rounds resume then) the cache may not hold it yet, so a
     * missing channel is waited for, up to the timeout, while any shard is still getting ready; on a ready connection
     * it is an archived thread, which is {@link #reopen reopened}, or gone.
     */
    private GuildMessageChannel channel(long channelId) throws RoundPostException {
        ShardManager connection = connection();
        GuildChannel channel =
                awaitChannel(connection, channelId, found -> found == null ? ready(connection) : built(found));
        if (channel == null && ready(connection)) {
            channel = reopen(connection, channelId);
        }
        if (channel instanceof GuildMessageChannel messages) {
            return messages;
        }
        throw new RoundPostException(
                "channel " + channelId + " is gone or studybot can no longer see it", Kind.CHANNEL_REFUSES);
    }

    private ShardManager connection() throws RoundPostException {
        return Optional.ofNullable(shards.get())
                .orElseThrow(() -> new RoundPostException("studybot is not connected to Discord", Kind.TRANSIENT));
    }

    /**
     * Unarchives thread {@code channelId} through Discord's channel update ({@code archived: false}; JDA's own manager
     * needs the thread in its cache, which an archived one has left) and waits, up to the timeout, until JDA has it
     * back open from the THREAD_UPDATE Discord sends then. A channel that is gone answers 404, a thread studybot may
     * not unarchive (locked) 403: the channel refuses studybot.
     */
    private GuildChannel reopen(ShardManager connection, long channelId) throws RoundPostException {
        await(new RestActionImpl<Void>(
                        connection.getShards().get(0),
                        Route.Channels.MODIFY_CHANNEL.compile(Long.toUnsignedString(channelId)),
                        DataObject.empty().put("archived", false))
                .submit());
        GuildChannel channel = awaitChannel(
                connection,
                channelId,
                found -> found instanceof ThreadChannel thread && built(thread) && !thread.isArchived());
        if (channel == null) {
            throw new RoundPostException(
                    "thread " + channelId + " was unarchived but JDA did not learn of it in time", Kind.TRANSIENT);
        }
        return channel;
    }

    /**
     * Channel {@code channelId} from JDA's cache, read again every {@link #READY_POLL} until {@code settled} holds of
     * what was read (possibly null) or the timeout has passed; what was read last.
     */
    private GuildChannel awaitChannel(ShardManager connection, long channelId, Predicate<GuildChannel> settled)
            throws RoundPostException {
        long until = System.nanoTime() + timeout.toNanos();
        GuildChannel channel = connection.getGuildChannelById(channelId);
        while (!settled.test(channel) && System.nanoTime() - until < 0) {
            try {
                Thread.sleep(READY_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RoundPostException("interrupted, as studybot is stopping", Kind.STOPPING, e);
            }
            channel = connection.getGuildChannelById(channelId);
        }
        return channel;
    }

    /**
     * Whether JDA has finished building {@code channel}. A thread it learns of from Discord (the THREAD_UPDATE of a
     * thread that had left its cache when archived) is put into the cache first and given its settings and, last, its
     * parent channel after that, on JDA's own thread; a thread read in between has no parent, and JDA's permission
     * check on sending or editing in it throws a {@code NullPointerException} of its own.
     */
    static boolean built(GuildChannel channel) {
        if (!(channel instanceof ThreadChannel thread)) {
            return channel != null;
        }
        try {
            return thread.getParentChannel() != null;
        } catch (NullPointerException halfBuilt) {
            return false;
        }
    }

    private static boolean ready(ShardManager connection) {
        return connection.getShards().stream()
                .allMatch(shard -> shard.getStatus() == JDA.Status.CONNECTED
                        && shard.getUnavailableGuilds().isEmpty());
    }

    private <T> T await(CompletableFuture<T> sending) throws RoundPostException {
        try {
            return sending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new RoundPostException("Discord refused: " + e.getCause(), kindOf(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            sending.cancel(true);
            throw new RoundPostException(
                    "Discord did not answer within " + timeout.toSeconds() + " seconds", Kind.TRANSIENT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sending.cancel(true);
            throw new RoundPostException("interrupted, as studybot is stopping", Kind.STOPPING, e);
        }
    }

    /**
     * A 5xx (JDA retries only some of them itself) may pass; a 403 or 404 means the channel refuses studybot
     * (permission taken away, channel deleted), and so does a thread that stays archived; anything else is this message
     * refused.
     */
    private static Kind kindOf(Throwable failure) {
        if (failure instanceof ErrorResponseException response) {
            if (response.getErrorResponse() == ErrorResponse.ILLEGAL_OPERATION_ARCHIVED_THREAD) {
                return Kind.CHANNEL_REFUSES;
            }
            int status = response.getResponse() == null ? 0 : response.getResponse().code;
            if (response.isServerError() || status >= 500) {
                return Kind.TRANSIENT;
            }
            return status == 403 || status == 404 ? Kind.CHANNEL_REFUSES : Kind.REJECTED;
        }
        return failure instanceof InsufficientPermissionException ? Kind.CHANNEL_REFUSES : Kind.TRANSIENT;
    }
}
