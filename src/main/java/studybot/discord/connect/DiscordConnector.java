package studybot.discord.connect;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import studybot.config.ShardsConfig;

/**
 * Logs the bot in to Discord as a sharded client: every shard (Discord recommends how many), or a configured range of a
 * fixed total, so that several processes can share one bot. Discord sends each server's events to the shard
 * {@code (server_id >> 22) % total}, so the process running that shard is the one that hears from it.
 *
 * <p>The bot only answers interactions and posts into channels it already knows, so it asks for no optional
 * {@link GatewayIntent} at all: JDA always adds the base {@code GUILDS} intent, which keeps guilds, channels and roles
 * cached (enough to compute a member's permissions). It caches only guild owners as members: member lists would need
 * the privileged {@code GUILD_MEMBERS} intent and nothing here uses them. JDA's thread pools are the connection's own
 * ({@link JdaPools}) and outlive the shards' shutdown, so an interaction JDA still reads from the closing socket is
 * answered or told to retry rather than failing inside JDA. Every message the bot sends defaults to mentioning nobody,
 * because excerpts from a book must never ping a study group.
 */
public final class DiscordConnector {

    private static final int HTTP_UNAUTHORIZED = 401;

    private final DiscordEndpoints endpoints;
    private final ShardsConfig shards;
    private final JdaHttpClient http;

    /** @param shards which shards this process runs; {@link ShardsConfig#automatic()} for all of them */
    public DiscordConnector(DiscordEndpoints endpoints, ShardsConfig shards) {
        this(endpoints, shards, JdaHttpClient.builtAtLogin());
    }

    /** @param http the HTTP client JDA is given, when one was built ahead of the login */
    public DiscordConnector(DiscordEndpoints endpoints, ShardsConfig shards, JdaHttpClient http) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.shards = Objects.requireNonNull(shards, "shards");
        this.http = Objects.requireNonNull(http, "http");
    }

    /**
     * Logs in and starts every shard with the given listeners attached. Returns once the first shard has a session
     * request under way; use {@link DiscordConnection#awaitConnected} to wait for the gateway to be ready.
     *
     * @throws RejectedTokenException if Discord answers 401 to the token; nothing is left running in that case
     * @throws DiscordUnreachableException if Discord can't be reached at all; nothing is left running either
     */
    public DiscordConnection connect(List<? extends EventListener> listeners)
            throws RejectedTokenException, DiscordUnreachableException {
        return connect(listeners, new InteractionDeadlines());
    }

    /**
     * Like {@link #connect(List)}; an acknowledgement Discord answers with a server error is sent again while its
     * deadline in {@code deadlines} allows ({@link InteractionRetries}).
     */
    public DiscordConnection connect(List<? extends EventListener> listeners, InteractionDeadlines deadlines)
            throws RejectedTokenException, DiscordUnreachableException {
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        GatewayGiveUp giveUp = new GatewayGiveUp();
        List<EventListener> all = new ArrayList<>(listeners);
        all.add(giveUp);
        JdaPools pools = new JdaPools();
        ShardManager shardManager =
                pools.applyTo(builder(all, deadlines, giveUp)).build(false);
        try {
            shardManager.login();
        } catch (InvalidTokenException e) {
            stop(shardManager, pools);
            throw new RejectedTokenException(e);
        } catch (ErrorResponseException e) {
            stop(shardManager, pools);
            if (e.getResponse() != null && e.getResponse().code == HTTP_UNAUTHORIZED) {
                throw new RejectedTokenException(e);
            }
            throw e;
        } catch (RuntimeException e) {
            stop(shardManager, pools);
            if (causedByIo(e)) {
                throw new DiscordUnreachableException(e);
            }
            throw e;
        }
        return new DiscordConnection(shardManager, shards, giveUp, pools);
    }

    private static void stop(ShardManager shardManager, JdaPools pools) {
        shardManager.shutdown();
        pools.shutdownNow();
    }

    private static boolean causedByIo(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private DefaultShardManagerBuilder builder(
            List<? extends EventListener> listeners, InteractionDeadlines deadlines, GatewayGiveUp giveUp) {
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(
                        endpoints.token(), EnumSet.noneOf(GatewayIntent.class))
                .setMemberCachePolicy(MemberCachePolicy.OWNER)
                .setEnableShutdownHook(false)
                .addEventListeners(listeners.toArray());
        if (!shards.isAutomatic()) {
            builder.setShardsTotal(shards.total()).setShards(shards.from(), shards.to());
        }
        http.applyTo(
                builder,
                List.of(
                        new InteractionRetries(deadlines),
                        new RejectedTokenWatch(giveUp),
                        new GlobalRateLimitLog(Clock.systemUTC())));
        endpoints.restBaseUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
        endpoints
                .gatewayUrl()
                .ifPresent(url -> builder.setSessionController(new FixedGatewaySessionController(url))
                        .setCompression(Compression.NONE));
        return builder;
    }
}
