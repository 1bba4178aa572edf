package studybot.discord.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studybot.config.ShardsConfig;
import studybot.discord.fake.Failure;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.FakeGateway;
import studybot.discord.fake.FakeWorld;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.RecordedRequest;
import studybot.discord.fake.SentInteraction;
import studybot.testing.FakeDiscordExtension;
import studybot.testing.LogCapture;
import studybot.testing.Started;

/** Starts the real connector (real JDA) against {@link FakeDiscord} and checks every path to and from Discord. */
class DiscordConnectorTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);

    /**
     * JDA can meet a gateway HELLO after a shutdown has stopped its scheduler, and then logs a rejected keep-alive.
     * That race in JDA is captured for the whole test; any other error JDA's gateway logs fails it.
     */
    @RegisterExtension
    @Order(1)
    final LogCapture jdaErrors = LogCapture.of(Level.ERROR, "net.dv8tion.jda.internal.requests.WebSocketClient");

    @RegisterExtension
    final FakeDiscordExtension fake = FakeDiscordExtension.standard();

    private final ReplyingListener listener = new ReplyingListener();

    @Started
    private FakeDiscord discord;

    @Started
    private FakeWorld world;

    private DiscordConnection connection;

    @AfterEach
    void stopTheBot() throws InterruptedException {
        if (connection != null) {
            assertThat(connection.shutdown(WAIT))
                    .as("every shard closed gracefully")
                    .isTrue();
        }
        assertThat(jdaErrors.events())
                .as("JDA's errors other than the shutdown race")
                .allSatisfy(event -> assertThat(event.getThrowableProxy().getClassName())
                        .isEqualTo(RejectedExecutionException.class.getName()));
    }

    @Test
    void readyAndGuildCreateFillJdasCache() throws Exception {
        connect();

        JsonNode identify = discord.gateway().awaitOpcode(FakeGateway.IDENTIFY, 1, WAIT);
        assertThat(identify.path("d").path("intents").asInt() & PRIVILEGED_INTENTS)
                .isZero();
        assertThat(connection.shardManager().getShardsTotal()).isEqualTo(1);

        JDA shard = connection.shardManager().getShardById(0);
        assertThat(shard.getSelfUser().getId()).isEqualTo(world.botUserId());
        assertThat(shard.getSelfUser().getApplicationId()).isEqualTo(world.applicationId());
        Guild guild = connection.shardManager().getGuildById(world.guildId());
        assertThat(guild).isNotNull();
        assertThat(guild.getName()).isEqualTo(world.guildName());
        assertThat(guild.getMemberCount()).isEqualTo(world.memberCount());
        assertThat(guild.getTextChannelById(world.channelId()).getName()).isEqualTo(world.channelName());
        assertThat(guild.getRoleById(world.moderatorRoleId()).hasPermission(Permission.MANAGE_SERVER))
                .isTrue();
        assertThat(guild.getSelfMember().getRoles())
                .extracting(role -> role.getId())
                .containsExactly(world.botRoleId());
        assertThat(guild.getSelfMember()
                        .hasPermission(
                                guild.getTextChannelById(world.channelId()),
                                Permission.MESSAGE_SEND,
                                Permission.MESSAGE_EMBED_LINKS))
                .isTrue();
        Member owner = guild.getMemberById(world.ownerId());
        assertThat(owner).as("the owner is cached").isNotNull();
        assertThat(owner.isOwner()).isTrue();
        assertThat(guild.getMemberById(world.memberId()))
                .as("plain members are not cached without the privileged GUILD_MEMBERS intent")
                .isNull();
    }

    @Test
    void slashCommandReplyMentionsNobody() throws Exception {
        connect();

        SentInteraction sent = discord.slashCommand("section")
                .option("number", "20.4")
                .by(Invoker.ADMIN)
                .send();

        RecordedRequest callback = discord.awaitCallback(sent, WAIT);
        assertThat(callback.json().path("type").asInt()).isEqualTo(4);
        assertThat(callback.json().path("data").path("content").asText()).isEqualTo(ReplyingListener.REPLY);
        JsonNode allowedMentions = callback.json().path("data").path("allowed_mentions");
        assertThat(allowedMentions.path("parse").isArray()).isTrue();
        assertThat(allowedMentions.path("parse")).isEmpty();
        assertThat(allowedMentions.path("users")).isEmpty();
        assertThat(allowedMentions.path("roles")).isEmpty();

        SlashCommandInteractionEvent event = nextEvent(SlashCommandInteractionEvent.class);
        assertThat(event.getOption("number").getAsString()).isEqualTo("20.4");
        assertThat(event.getMember().getId()).isEqualTo(world.adminId());
        assertThat(event.getMember().hasPermission(Permission.MANAGE_SERVER))
                .as("permissions computed from the cached Moderators role")
                .isTrue();
    }

    @Test
    void aClientBuiltAheadOfTheLoginCarriesTheRestCalls() throws Exception {
        JdaHttpClient http = JdaHttpClient.buildBeside();
        connection = new DiscordConnector(
                        DiscordEndpoints.fromEnvironment(discord.environment()), ShardsConfig.automatic(), http)
                .connect(List.of(listener));
        assertThat(connection.awaitConnected(WAIT)).isTrue();

        SentInteraction sent = discord.slashCommand("section")
                .option("number", "20.4")
                .by(Invoker.ADMIN)
                .send();

        assertThat(discord.awaitCallback(sent, WAIT)
                        .json()
                        .path("data")
                        .path("content")
                        .asText())
                .isEqualTo(ReplyingListener.REPLY);
        OkHttpClient client = http.client().orElseThrow();
        assertThat(client.dispatcher().getMaxRequestsPerHost()).isEqualTo(JdaHttpClient.REQUESTS_PER_HOST);
        assertThat(client.connectionPool().connectionCount())
                .as("the REST calls went through the client built beside")
                .isPositive();
    }

    @Test
    void plainMemberLacksModeratorPermissions() throws Exception {
        connect();

        SentInteraction sent = discord.slashCommand("config").by(Invoker.MEMBER).send();

        discord.awaitCallback(sent, WAIT);
        SlashCommandInteractionEvent event = nextEvent(SlashCommandInteractionEvent.class);
        assertThat(event.getMember().hasPermission(Permission.MANAGE_SERVER)).isFalse();
    }

    @Test
    void slashCommandInDirectMessageIsAnswered() throws Exception {
        connect();

        SentInteraction sent = discord.slashCommand("tip").inDirectMessage().send();

        assertThat(discord.awaitCallback(sent, WAIT).json().path("type").asInt())
                .isEqualTo(4);
        SlashCommandInteractionEvent event = nextEvent(SlashCommandInteractionEvent.class);
        assertThat(event.isFromGuild()).isFalse();
        assertThat(event.getUser().getId()).isEqualTo(world.memberId());
        assertThat(event.getChannel().getId()).isEqualTo(world.dmChannelId());
    }

    @Test
    void autocompleteGetsChoices() throws Exception {
        connect();

        SentInteraction sent =
                discord.autocomplete("search").focus("query", "poo").send();

        RecordedRequest callback = discord.awaitCallback(sent, WAIT);
        assertThat(callback.json().path("type").asInt()).isEqualTo(8);
        JsonNode choices = callback.json().path("data").path("choices");
        assertThat(choices).hasSize(1);
        assertThat(choices.get(0).path("name").asText()).isEqualTo("pooling");
        assertThat(choices.get(0).path("value").asText()).isEqualTo("pooling");
    }

    @Test
    void buttonClickIsAnsweredByEditingTheMessage() throws Exception {
        connect();

        SentInteraction sent = discord.buttonClick("tip:next").send();

        RecordedRequest callback = discord.awaitCallback(sent, WAIT);
        assertThat(callback.json().path("type").asInt()).isEqualTo(7);
        assertThat(callback.json().path("data").path("content").asText()).isEqualTo(ReplyingListener.EDITED);
        assertThat(callback.json().path("data").path("components")).isEmpty();
    }

    @Test
    void droppedSocketIsResumedAndTheNextInteractionStillAnswered() throws Exception {
        connect();

        discord.gateway().dropConnection();
        SentInteraction whileDown = discord.slashCommand("tip").send();

        JsonNode resume = discord.gateway().awaitOpcode(FakeGateway.RESUME, 1, WAIT);
        assertThat(resume.path("d").path("seq").asInt()).isPositive();
        assertThat(discord.awaitCallback(whileDown, WAIT).status()).isEqualTo(200);
        SentInteraction afterResume = discord.slashCommand("tip").send();
        assertThat(discord.awaitCallback(afterResume, WAIT).status()).isEqualTo(200);
        assertThat(discord.gateway()
                        .received()
                        .matching(frame -> frame.path("op").asInt() == FakeGateway.IDENTIFY))
                .as("resumed, not re-identified")
                .hasSize(1);
    }

    @Test
    void reconnectRequestIsFollowedByResume() throws Exception {
        connect();

        discord.gateway().requestReconnect();

        discord.gateway().awaitOpcode(FakeGateway.RESUME, 1, WAIT);
        SentInteraction sent = discord.slashCommand("tip").send();
        assertThat(discord.awaitCallback(sent, WAIT).status()).isEqualTo(200);
    }

    @Test
    void rateLimitedCallbackIsRetriedAfterTheWait() throws Exception {
        connect();
        discord.rest().failNext("POST", "interactions/.*/callback", 1, Failure.rateLimited(1));

        SentInteraction sent = discord.slashCommand("tip").send();

        RecordedRequest reply = discord.awaitCallback(sent, WAIT);
        assertThat(reply.json().path("data").path("content").asText()).isEqualTo(ReplyingListener.REPLY);
        assertThat(discord.rest().requests().matching(request -> request.at("POST", sent.callbackPath())))
                .extracting(RecordedRequest::status)
                .containsExactly(429, 200);
    }

    @Test
    void shutdownLeavesNoThreadsBehind() throws Exception {
        Set<Thread> before = liveNonDaemonThreads();
        connect();
        SentInteraction sent = discord.slashCommand("tip").send();
        discord.awaitCallback(sent, WAIT);

        assertThat(connection.shutdown(WAIT)).isTrue();

        assertNoNewNonDaemonThreads(before);
    }

    @Test
    void wrongTokenGivesOneFriendlyErrorAndLeavesNothingRunning() throws InterruptedException {
        Set<Thread> before = liveNonDaemonThreads();
        Map<String, String> environment = new HashMap<>(discord.environment());
        String wrongToken = "definitely-not-the-right-token";
        environment.put("DISCORD_TOKEN", wrongToken);
        DiscordConnector connector =
                new DiscordConnector(DiscordEndpoints.fromEnvironment(environment), ShardsConfig.automatic());

        assertThatThrownBy(() -> connector.connect(List.of(listener)))
                .isInstanceOf(RejectedTokenException.class)
                .hasMessageContaining("DISCORD_TOKEN")
                .hasMessageNotContaining(wrongToken);
        assertNoNewNonDaemonThreads(before);
    }

    @Test
    void unauthorizedSelfUserGivesOneFriendlyError() {
        discord.rest().failNext("GET", "users/@me", 1, Failure.unauthorized());
        DiscordConnector connector =
                new DiscordConnector(DiscordEndpoints.fromEnvironment(discord.environment()), ShardsConfig.automatic());

        assertThatThrownBy(() -> connector.connect(List.of(listener)))
                .isInstanceOf(RejectedTokenException.class)
                .hasMessageContaining("rejected the bot token")
                .hasMessageNotContaining(FakeDiscord.TOKEN);
        assertThat(discord.rest().requests().matching(request -> request.at("GET", "users/@me")))
                .extracting(RecordedRequest::status)
                .containsExactly(401);
    }

    @ParameterizedTest(name = "close {0}")
    @ValueSource(ints = {4004, 4010, 4011, 4012, 4013, 4014})
    void aCloseThatCannotBeResumedIsReportedOnceWithItsCode(int code) throws Exception {
        connect();
        try (LogCapture jda = LogCapture.of(Level.INFO, "net.dv8tion")) {
            try {
                discord.gateway().closeWith(code, "closed by the test");

                assertThat(connection.gaveUp())
                        .succeedsWithin(WAIT)
                        .asString()
                        .startsWith("Discord closed the gateway with code " + code);
                assertThat(jda.messages(Level.ERROR))
                        .as("JDA's own report, left out for studybot's line")
                        .isEmpty();
            } finally {
                connection.shutdown(Duration.ofSeconds(2));
                connection = null;
            }
        }
    }

    @Test
    void closingItselfIsNotGivingUp() throws Exception {
        connect();

        assertThat(connection.shutdown(WAIT)).isTrue();

        assertThat(connection.gaveUp()).isNotDone();
        connection = null;
    }

    private void connect() throws Exception {
        connection = new DiscordConnector(
                        DiscordEndpoints.fromEnvironment(discord.environment()), ShardsConfig.automatic())
                .connect(List.of(listener));
        assertThat(connection.awaitConnected(WAIT))
                .as("connected to the fake gateway")
                .isTrue();
    }

    private static Set<Thread> liveNonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && !thread.isDaemon())
                .collect(Collectors.toSet());
    }

    /** Waits (generously) for threads started since {@code before} to finish; they would keep the JVM alive. */
    private static void assertNoNewNonDaemonThreads(Set<Thread> before) {
        await().atMost(WAIT).pollInSameThread().untilAsserted(() -> {
            Set<Thread> leaked = new HashSet<>(liveNonDaemonThreads());
            leaked.removeAll(before);
            assertThat(leaked)
                    .extracting(Thread::getName)
                    .as("non-daemon threads left running")
                    .isEmpty();
        });
    }

    private <T extends GenericInteractionCreateEvent> T nextEvent(Class<T> type) throws InterruptedException {
        GenericInteractionCreateEvent event = listener.seen.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(event).as("an interaction reached the listener").isInstanceOf(type);
        return type.cast(event);
    }
}
