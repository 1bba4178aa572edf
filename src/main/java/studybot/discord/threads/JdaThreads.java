package studybot.discord.threads;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Route;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.internal.requests.RestActionImpl;
import studybot.discord.DiscordService;
import studybot.discord.DiscordText;
import studybot.reply.Text;
import studybot.threads.OpenedThread;
import studybot.threads.ThreadFailure;
import studybot.threads.ThreadPermission;
import studybot.threads.ThreadPort;
import studybot.threads.ThreadProblem;
import studybot.threads.ThreadStart;

/**
 * Opens discussion threads through JDA: {@code createThreadChannel} on the message, then the thread's first message
 * (with its nonce and {@code enforce_nonce}, so a resend is the same message). Discord's answer 160004 ("a thread has
 * already been created for this message") means an earlier attempt opened it: that thread, whose id is the message's,
 * is the answer. Each call blocks the caller until Discord answers or the timeout passes.
 */
public final class JdaThreads implements ThreadPort, DiscordService {

    /** What a thread needs besides seeing and posting in the channel. */
    static final Set<Permission> NEEDED =
            EnumSet.of(Permission.CREATE_PUBLIC_THREADS, Permission.MESSAGE_SEND_IN_THREADS);

    /** The permissions JDA may find missing on the way to a thread, by the threads feature's names. */
    private static final Map<Permission, ThreadPermission> NAMES = Map.of(
            Permission.VIEW_CHANNEL, ThreadPermission.VIEW_CHANNEL,
            Permission.MESSAGE_SEND, ThreadPermission.SEND_MESSAGES,
            Permission.MESSAGE_HISTORY, ThreadPermission.READ_MESSAGE_HISTORY,
            Permission.CREATE_PUBLIC_THREADS, ThreadPermission.CREATE_PUBLIC_THREADS,
            Permission.MESSAGE_SEND_IN_THREADS, ThreadPermission.SEND_MESSAGES_IN_THREADS);

    private final AtomicReference<ShardManager> shards = new AtomicReference<>();
    private final Duration timeout;

    /** Not connected: it opens nothing until the bot has connected. */
    public JdaThreads(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void connected(ShardManager shardManager) {
        shards.set(shardManager);
    }

    @Override
    public OpenedThread openOnMessage(long channelId, long messageId, ThreadStart start) throws ThreadFailure {
        TextChannel channel = channel(channelId);
        ThreadChannel thread;
        try {
            thread = await(channel.createThreadChannel(start.name(), messageId)
                    .setAutoArchiveDuration(ThreadChannel.AutoArchiveDuration.fromKey(
                            (int) start.autoArchive().toMinutes()))
                    .submit());
        } catch (InsufficientPermissionException e) {
            throw notAllowed(e);
        } catch (ThreadFailure e) {
            if (e.getCause() instanceof ErrorResponseException error
                    && error.getErrorResponse() == ErrorResponse.THREAD_WITH_THIS_MESSAGE_ALREADY_EXISTS) {
                return alreadyOpened(channel, messageId, start);
            }
            throw e;
        }
        post(thread, start);
        return new OpenedThread(thread.getIdLong(), false);
    }

    @Override
    public OpenedThread openInChannel(long channelId, Text starter, ThreadStart start) throws ThreadFailure {
        TextChannel channel = channel(channelId);
        Message message;
        try {
            message = await(channel.sendMessage(content(starter))
                    .setNonce(start.nonce())
                    .submit());
        } catch (InsufficientPermissionException e) {
            throw notAllowed(e);
        }
        return openOnMessage(channelId, message.getIdLong(), start);
    }

    /**
     * Unarchives the thread through Discord's channel update ({@code archived: false}, a no-op on an open thread),
     * which also answers for threads JDA no longer caches (archived ones leave the cache).
     */
    @Override
    public boolean reopen(long threadId) throws ThreadFailure {
        JDA shard = connection().getShards().get(0);
        try {
            await(new RestActionImpl<Void>(
                            shard,
                            Route.Channels.MODIFY_CHANNEL.compile(Long.toUnsignedString(threadId)),
                            DataObject.empty().put("archived", false))
                    .submit());
            return true;
        } catch (ThreadFailure e) {
            if (e.getCause() instanceof ErrorResponseException error
                    && (error.getErrorResponse() == ErrorResponse.UNKNOWN_CHANNEL
                            || error.getErrorResponse() == ErrorResponse.MISSING_ACCESS)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<ThreadProblem> missing(long serverId, long channelId) {
        ShardManager connection = shards.get();
        if (connection == null) {
            return Optional.of(ThreadProblem.of(ThreadProblem.Cause.NOT_CONNECTED, channelId));
        }
        TextChannel channel = connection.getTextChannelById(channelId);
        if (channel == null || channel.getGuild().getIdLong() != serverId) {
            return Optional.of(ThreadProblem.of(ThreadProblem.Cause.NO_CHANNEL, channelId));
        }
        Member self = channel.getGuild().getSelfMember();
        List<ThreadPermission> lacking = NEEDED.stream()
                .filter(permission -> !self.hasPermission(channel, permission))
                .map(NAMES::get)
                .toList();
        if (lacking.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ThreadProblem.lacking(channelId, lacking));
    }

    /**
     * The thread an earlier attempt opened on the message. Its first message is posted again with the same nonce when
     * JDA still knows the thread (Discord then answers with the message already there); a thread JDA has not seen since
     * a restart keeps whatever the earlier attempt posted in it.
     */
    private OpenedThread alreadyOpened(TextChannel channel, long messageId, ThreadStart start) throws ThreadFailure {
        ThreadChannel known = channel.getGuild().getThreadChannelById(messageId);
        if (known != null) {
            post(known, start);
        }
        return new OpenedThread(messageId, true);
    }

    private void post(ThreadChannel thread, ThreadStart start) throws ThreadFailure {
        try {
            await(thread.sendMessage(content(start.opening()))
                    .setNonce(start.nonce())
                    .submit());
        } catch (InsufficientPermissionException e) {
            throw notAllowed(e);
        }
    }

    /** Plain message content, escaped as every reply is, mentioning nobody. */
    private static MessageCreateData content(Text text) {
        return new MessageCreateBuilder()
                .setContent(DiscordText.markdown(text))
                .setAllowedMentions(List.of())
                .build();
    }

    private TextChannel channel(long channelId) throws ThreadFailure {
        TextChannel channel = connection().getTextChannelById(channelId);
        if (channel == null) {
            throw new ThreadFailure(
                    ThreadFailure.Kind.NOT_ALLOWED,
                    ThreadProblem.of(ThreadProblem.Cause.NO_CHANNEL, channelId),
                    "channel " + channelId + " is not a text channel studybot can see");
        }
        return channel;
    }

    private ShardManager connection() throws ThreadFailure {
        ShardManager connection = shards.get();
        if (connection == null) {
            throw new ThreadFailure(
                    ThreadFailure.Kind.TRANSIENT,
                    ThreadProblem.of(ThreadProblem.Cause.NOT_CONNECTED, 0),
                    "studybot is not connected to Discord yet");
        }
        return connection;
    }

    /** JDA found a permission missing before asking Discord; one the feature has no name for is Discord refusing. */
    private static ThreadFailure notAllowed(InsufficientPermissionException e) {
        ThreadPermission named = NAMES.get(e.getPermission());
        ThreadProblem problem = named == null
                ? ThreadProblem.told(
                        ThreadProblem.Cause.DISCORD_REFUSED, e.getPermission().getName())
                : ThreadProblem.lacking(e.getChannelId(), List.of(named));
        return new ThreadFailure(
                ThreadFailure.Kind.NOT_ALLOWED,
                problem,
                "studybot lacks " + e.getPermission().getName() + " there",
                e);
    }

    /** Waits for Discord; a refusal only an admin can lift is {@code NOT_ALLOWED}, anything else may pass. */
    private <T> T await(CompletableFuture<T> request) throws ThreadFailure {
        try {
            return request.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            boolean refused = cause instanceof ErrorResponseException error
                    && (error.getErrorResponse() == ErrorResponse.MISSING_PERMISSIONS
                            || error.getErrorResponse() == ErrorResponse.MISSING_ACCESS);
            throw new ThreadFailure(
                    refused ? ThreadFailure.Kind.NOT_ALLOWED : ThreadFailure.Kind.TRANSIENT,
                    ThreadProblem.told(
                            refused ? ThreadProblem.Cause.DISCORD_REFUSED : ThreadProblem.Cause.DISCORD_ERROR,
                            String.valueOf(cause.getMessage())),
                    "Discord answered: " + cause.getMessage(),
                    cause);
        } catch (TimeoutException e) {
            request.cancel(true);
            String seconds = String.valueOf(timeout.toSeconds());
            throw new ThreadFailure(
                    ThreadFailure.Kind.TRANSIENT,
                    ThreadProblem.told(ThreadProblem.Cause.NO_ANSWER, seconds),
                    "Discord did not answer within " + seconds + " s",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            request.cancel(true);
            throw new ThreadFailure(
                    ThreadFailure.Kind.TRANSIENT,
                    ThreadProblem.of(ThreadProblem.Cause.STOPPING, 0),
                    "interrupted, as studybot is stopping",
                    e);
        }
    }
}
