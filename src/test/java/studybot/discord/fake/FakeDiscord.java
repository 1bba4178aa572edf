package studybot.discord.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A stand-in for Discord on 127.0.0.1 (REST and gateway, ephemeral ports) that the real JDA can log in to, so tests can
 * drive the bot with interactions and check what it answered. Start one per test and close it afterwards.
 *
 * <pre>{@code
 * try (FakeDiscord discord = FakeDiscord.start()) {
 *     DiscordEndpoints endpoints = DiscordEndpoints.fromEnvironment(discord.environment());
 *     ... start the bot, wait until connected ...
 *     SentInteraction sent = discord.slashCommand("tip").send();
 *     RecordedRequest callback = discord.awaitCallback(sent, Duration.ofSeconds(20));
 *     assertThat(callback.json().path("type").asInt()).isEqualTo(4);
 * }
 * }</pre>
 */
public final class FakeDiscord implements AutoCloseable {

    /** The only token the fake accepts. */
    public static final String TOKEN = "fake-bot-token.for-tests-only";

    private final FakeWorld world;
    private final List<FakeWorld> servers;
    private final Snowflakes ids = new Snowflakes();
    private final FakeGateway gateway;
    private final FakeRest rest;

    private FakeDiscord(FakeWorld world, List<FakeWorld> servers, int shards) {
        this.world = world;
        this.servers = List.copyOf(servers);
        this.gateway = new FakeGateway(world, servers, shards, TOKEN);
        try {
            this.rest = new FakeRest(world, ids, TOKEN, gateway.url(), shards);
            gateway.activeThreads(rest::activeThreads);
            rest.threadEvents(gateway::dispatchIfIdentified);
        } catch (RuntimeException e) {
            gateway.close();
            throw e;
        }
    }

    /** Starts a fake serving {@link FakeWorld#standard()}. */
    public static FakeDiscord start() {
        return start(FakeWorld.standard());
    }

    /** Starts a fake serving {@code world}, such as the standard one as a Community server of another locale. */
    public static FakeDiscord start(FakeWorld world) {
        return new FakeDiscord(world, List.of(world), 1);
    }

    /**
     * Starts a fake for a bot with {@code shards} shards (what {@code GET gateway/bot} recommends and IDENTIFY must
     * name) in the standard server plus {@code otherServers} more ({@link FakeWorld#otherServer}), each served on its
     * own shard.
     */
    public static FakeDiscord startSharded(int shards, int otherServers) {
        FakeWorld world = FakeWorld.standard();
        List<FakeWorld> servers = new ArrayList<>();
        servers.add(world);
        IntStream.rangeClosed(1, otherServers).mapToObj(world::otherServer).forEach(servers::add);
        return new FakeDiscord(world, servers, shards);
    }

    /** The standard server, where interactions happen unless a test chooses another with {@code in(server)}. */
    public FakeWorld world() {
        return world;
    }

    /** Every server the bot is in, the standard one first. */
    public List<FakeWorld> servers() {
        return servers;
    }

    public FakeRest rest() {
        return rest;
    }

    public FakeGateway gateway() {
        return gateway;
    }

    /**
     * The environment the bot reads its endpoints from ({@code DISCORD_TOKEN}, {@code DISCORD_API_BASE_URL},
     * {@code DISCORD_GATEWAY_URL}), pointing at this fake.
     */
    public Map<String, String> environment() {
        return Map.of(
                "DISCORD_TOKEN", TOKEN,
                "DISCORD_API_BASE_URL", rest.baseUrl(),
                "DISCORD_GATEWAY_URL", gateway.url());
    }

    /**
     * Grants the bot's role Create Public Threads and Send Messages in Threads, as an admin would: Discord tells the
     * bot with GUILD_ROLE_UPDATE, which JDA applies to its cache shortly after, and later GUILD_CREATEs carry them.
     */
    public void grantBotThreads() {
        long permissions =
                FakeWorld.BOT_PERMISSIONS | FakeWorld.CREATE_PUBLIC_THREADS | FakeWorld.SEND_MESSAGES_IN_THREADS;
        gateway.botPermissions(permissions);
        ObjectNode role = DiscordPayloads.role(world.botRoleId(), world.botName(), permissions, 1, true);
        role.putObject("tags").put("bot_id", world.botUserId());
        ObjectNode update = Json.object().put("guild_id", world.guildId());
        update.set("role", role);
        gateway.dispatch("GUILD_ROLE_UPDATE", update);
    }

    /**
     * Has the member start a public thread named {@code name} in the server's text channel and returns its id: a bot
     * connected already learns of it through THREAD_CREATE, one that connects later finds it among GUILD_CREATE's
     * active threads. Interactions come from it with {@link InteractionBuilder#inThread}.
     */
    public String openThread(String name) {
        return rest.startThread(world.channelId(), world.memberId(), name);
    }

    /** A file a member can send with a command ({@link InteractionBuilder#option}), served by the fake's CDN. */
    public SentAttachment attachment(String fileName, byte[] bytes) {
        String id = ids.next();
        return new SentAttachment(id, fileName, bytes.length, rest.serveAttachment(id, fileName, bytes));
    }

    /** A slash command ({@code /name}) to adjust and {@link InteractionBuilder#send() send}. */
    public InteractionBuilder slashCommand(String name) {
        return new InteractionBuilder(
                InteractionBuilder.Kind.SLASH_COMMAND, name, world, ids, rest::thread, this::dispatch);
    }

    /** An autocomplete request for {@code /name}; set the focused option with {@link InteractionBuilder#focus}. */
    public InteractionBuilder autocomplete(String commandName) {
        return new InteractionBuilder(
                InteractionBuilder.Kind.AUTOCOMPLETE, commandName, world, ids, rest::thread, this::dispatch);
    }

    /** A choice from the pick list (string select) with {@code customId}; say which with {@code choosing(value)}. */
    public InteractionBuilder pick(String customId) {
        return new InteractionBuilder(InteractionBuilder.Kind.PICK, customId, world, ids, rest::thread, this::dispatch);
    }

    /** A click on the button with {@code customId}. */
    public InteractionBuilder buttonClick(String customId) {
        return new InteractionBuilder(
                InteractionBuilder.Kind.BUTTON_CLICK, customId, world, ids, rest::thread, this::dispatch);
    }

    /** Waits for the bot's initial response ({@code POST interactions/{id}/{token}/callback}) to {@code sent}. */
    public RecordedRequest awaitCallback(SentInteraction sent, Duration timeout) {
        return rest.awaitRequest(request -> request.at("POST", sent.callbackPath()) && request.status() < 300, timeout);
    }

    /** Waits for the bot to edit its original response to {@code sent}. */
    public RecordedRequest awaitOriginalEdit(SentInteraction sent, Duration timeout) {
        return rest.awaitRequest(request -> request.at("PATCH", sent.originalMessagePath()), timeout);
    }

    /** Waits for a followup message to {@code sent}. */
    public RecordedRequest awaitFollowup(SentInteraction sent, Duration timeout) {
        return rest.awaitRequest(request -> request.at("POST", sent.followupPath()), timeout);
    }

    @Override
    public void close() {
        try {
            rest.close();
        } finally {
            gateway.close();
        }
    }

    private void dispatch(SentInteraction interaction) {
        rest.expect(interaction);
        gateway.dispatch("INTERACTION_CREATE", interaction.payload());
    }
}
