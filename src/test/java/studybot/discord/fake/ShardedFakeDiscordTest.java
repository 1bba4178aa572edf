package studybot.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.junit.jupiter.api.Test;
import studybot.config.ShardsConfig;
import studybot.discord.ShardRange;
import studybot.discord.connect.DiscordConnection;
import studybot.discord.connect.DiscordConnector;
import studybot.discord.connect.DiscordEndpoints;

/** The fake as a bot with several shards and many servers: routing by shard, and Discord's global rate limit. */
class ShardedFakeDiscordTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void eachConnectionHearsOnlyFromTheServersOnItsShard() throws Exception {
        try (FakeDiscord discord = FakeDiscord.startSharded(2, 5)) {
            Map<String, Integer> answeredOnShard = new ConcurrentHashMap<>();
            CountDownLatch answered = new CountDownLatch(discord.servers().size());
            ListenerAdapter listener = new ListenerAdapter() {
                @Override
                public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                    answeredOnShard.put(
                            event.getGuild().getId(),
                            event.getJDA().getShardInfo().getShardId());
                    event.reply("hi").queue();
                    answered.countDown();
                }
            };
            List<DiscordConnection> processes = new ArrayList<>();
            try {
                for (int shard = 0; shard < 2; shard++) {
                    DiscordConnection connection = new DiscordConnector(
                                    DiscordEndpoints.fromEnvironment(discord.environment()),
                                    new ShardsConfig(2, shard, shard))
                            .connect(List.of(listener));
                    processes.add(connection);
                    assertThat(connection.awaitConnected(WAIT)).isTrue();
                }
                for (int shard = 0; shard < 2; shard++) {
                    ShardRange range = new ShardRange(2, shard, shard);
                    assertThat(processes.get(shard).shardManager().getGuildCache().stream()
                                    .map(guild -> guild.getIdLong())
                                    .toList())
                            .isNotEmpty()
                            .allMatch(range::owns)
                            .hasSize((int) discord.servers().stream()
                                    .filter(server -> range.owns(Long.parseLong(server.guildId())))
                                    .count());
                }

                discord.servers()
                        .forEach(
                                server -> discord.slashCommand("tip").in(server).send());

                assertThat(answered.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
                discord.servers()
                        .forEach(server -> assertThat(answeredOnShard.get(server.guildId()))
                                .isEqualTo(discord.gateway().shardOf(server.guildId())));
                assertThat(discord.gateway().identifiedShards()).containsExactlyInAnyOrder(0, 1);
            } finally {
                for (DiscordConnection connection : processes) {
                    connection.shutdown(WAIT);
                }
            }
        }
    }

    @Test
    void gatewayBotRecommendsTheShardCountAndAWrongCountIsRefused() throws Exception {
        try (FakeDiscord discord = FakeDiscord.startSharded(3, 6);
                DiscordConnection connection = new DiscordConnector(
                                DiscordEndpoints.fromEnvironment(discord.environment()), ShardsConfig.automatic())
                        .connect(List.of())) {
            assertThat(connection.awaitConnected(WAIT)).isTrue();
            assertThat(connection.shardManager().getShardsTotal()).isEqualTo(3);
            assertThat(connection.shardManager().getGuildCache().size()).isEqualTo(7);
        }
    }

    @Test
    void beyondTheGlobalLimitRequestsAnswer429WithRetryAfterButInteractionsDoNot() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            discord.rest().enforceGlobalRateLimit(50);
            HttpClient client = HttpClient.newHttpClient();
            long started = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> sending = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                sending.add(client.sendAsync(
                        HttpRequest.newBuilder(URI.create(discord.rest().baseUrl() + "users/@me"))
                                .header("Authorization", "Bot " + FakeDiscord.TOKEN)
                                .build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            List<HttpResponse<String>> answers =
                    sending.stream().map(CompletableFuture::join).toList();
            double seconds = (System.nanoTime() - started) / 1e9;
            HttpResponse<String> interaction = client.send(
                    HttpRequest.newBuilder(URI.create(discord.rest().baseUrl() + "interactions/1/token/callback"))
                            .POST(HttpRequest.BodyPublishers.ofString("{\"type\":4}"))
                            .header("Content-Type", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            List<HttpResponse<String>> limited = answers.stream()
                    .filter(answer -> answer.statusCode() == 429)
                    .toList();
            assertThat(answers.stream()
                            .filter(answer -> answer.statusCode() == 200)
                            .count())
                    .as("a second's worth, plus what refilled in %.2f s", seconds)
                    .isBetween(50L, 51L + (long) (seconds * 50));
            assertThat(limited).isNotEmpty().allSatisfy(answer -> {
                assertThat(answer.headers().firstValue("X-RateLimit-Global")).contains("true");
                assertThat(Json.parse(answer.body()).path("global").asBoolean()).isTrue();
                assertThat(Json.parse(answer.body()).path("retry_after").asDouble())
                        .isBetween(0.0, 1.0);
            });
            assertThat(interaction.statusCode())
                    .as("not rate limited (unknown interaction)")
                    .isEqualTo(404);
        }
    }
}
