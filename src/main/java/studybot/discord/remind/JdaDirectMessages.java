package studybot.discord.remind;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.internal.entities.channel.concrete.PrivateChannelImpl;
import studybot.discord.DiscordRenderer;
import studybot.remind.DirectMessages;
import studybot.remind.DmFailure;
import studybot.reply.Reply;

/**
 * Members' DMs through JDA. Opening is {@code POST /users/@me/channels}; sending is one {@code POST
 * /channels/{id}/messages} to the kept channel id with the reminder's nonce. JDA only knows a DM channel it opened or
 * saw in this run, so after a restart the kept id is wrapped in a channel of JDA's own (its internal
 * {@code PrivateChannelImpl}, which needs nothing but the id to send) instead of being opened again: the request that
 * saves is the point of keeping the id. Discord's 50007 ("Cannot send messages to this user") is a closed DM; anything
 * else may pass. Blocks the calling sender until Discord answers or {@code timeout} passes.
 */
public final class JdaDirectMessages implements DirectMessages {

    private final AtomicReference<ShardManager> shards = new AtomicReference<>();
    private final DiscordRenderer renderer = new DiscordRenderer();
    private final Duration timeout;

    public JdaDirectMessages(Duration timeout) {
        this.timeout = timeout;
    }

    /** The connection, once it exists. */
    void connect(ShardManager manager) {
        shards.set(manager);
    }

    @Override
    public long open(long memberId) throws DmFailure {
        return await(jda().openPrivateChannelById(memberId).submit()).getIdLong();
    }

    @Override
    public long send(long channelId, Reply message, String nonce) throws DmFailure {
        JDA jda = jda();
        PrivateChannel channel = Optional.ofNullable(jda.getPrivateChannelById(channelId))
                .orElseGet(() -> new PrivateChannelImpl(jda, channelId, null));
        CompletableFuture<Message> sending =
                channel.sendMessage(renderer.create(message)).setNonce(nonce).submit();
        return await(sending).getIdLong();
    }

    private JDA jda() throws DmFailure {
        ShardManager manager = shards.get();
        if (manager == null || manager.getShards().isEmpty()) {
            throw DmFailure.transientFailure("studybot is not connected to Discord yet", null);
        }
        return manager.getShards().get(0);
    }

    private <T> T await(CompletableFuture<T> request) throws DmFailure {
        try {
            return request.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw classify(e.getCause());
        } catch (TimeoutException e) {
            request.cancel(true);
            throw DmFailure.transientFailure("Discord did not answer within " + timeout.toSeconds() + " seconds", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            request.cancel(true);
            throw DmFailure.transientFailure("Interrupted while sending, as studybot is stopping", e);
        }
    }

    static DmFailure classify(Throwable failure) {
        if (failure instanceof ErrorResponseException error) {
            if (error.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER) {
                return DmFailure.closed("Discord refused the DM (50007: cannot send messages to this user)", failure);
            }
            return DmFailure.transientFailure(
                    "Discord answered HTTP " + error.getResponse().code + " (" + error.getMeaning() + ")", failure);
        }
        if (failure instanceof RateLimitedException limited) {
            return new DmFailure(
                    DmFailure.Kind.TRANSIENT,
                    "Discord asked studybot to slow down",
                    Duration.ofMillis(limited.getRetryAfter()),
                    failure);
        }
        String what = failure instanceof IOException ? "Could not reach Discord: " : "Sending failed: ";
        return DmFailure.transientFailure(what + failure, failure);
    }
}
