package studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.OfflineStudybot;
import studybot.Studybot;
import studybot.config.ConfigLoader;
import studybot.discord.connect.DiscordEndpoints;
import studybot.discord.fake.FakeDiscord;

/** {@code discord.guildIds} registers the commands on those servers instead of globally. */
class GuildRegistrationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    @Test
    void listedServersGetTheCommandsAndNothingIsRegisteredGlobally() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            String guildId = discord.world().guildId();
            Path config = temp.resolve("studybot.json");
            Files.writeString(
                    config,
                    Files.readString(Path.of("config/studybot.json"))
                            .replace("\"guildIds\": []", "\"guildIds\": [" + guildId + "]")
                            .replace(
                                    "\"seedsFolder\": \"../seeds\"",
                                    "\"seedsFolder\": \"" + Path.of("seeds").toAbsolutePath() + "\"")
                            .replace(
                                    "\"dataFolder\": \"../data\"", "\"dataFolder\": \"" + temp.resolve("data") + "\""));
            OfflineStudybot running = OfflineStudybot.load(new ConfigLoader().load(config), Clock.systemUTC());
            Studybot studybot = running.studybot();
            DiscordBot bot = DiscordBot.start(
                    studybot.registry(),
                    DiscordEndpoints.fromEnvironment(discord.environment()),
                    studybot.config().discord(),
                    studybot.interactions(),
                    Duration.ofSeconds(2),
                    CompletableFuture.completedFuture(null),
                    List.of());
            try {
                assertThat(bot.awaitReady(WAIT)).isTrue();

                assertThat(discord.rest().guildCommands(guildId))
                        .extracting(command -> command.path("name").asText())
                        .contains("section", "search", "tip", "help", "stats");
                assertThat(discord.rest().globalCommands()).isEmpty();
                assertThat(discord.rest()
                                .requests()
                                .matching(request -> request.is("PUT", "applications/\\d+/commands")))
                        .isEmpty();
            } finally {
                bot.shutdown(WAIT);
                running.close();
            }
        }
    }
}
