package studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import studybot.OfflineStudybot;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.FakeWorld;
import studybot.testing.FakeDiscordExtension;
import studybot.testing.OfflineStudybotExtension;

/** {@code discord.guildIds} registers the commands on those servers instead of globally. */
class GuildRegistrationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String GUILD_ID = FakeWorld.standard().guildId();

    @RegisterExtension
    final FakeDiscordExtension fake = FakeDiscordExtension.standard();

    @RegisterExtension
    final OfflineStudybotExtension offline = OfflineStudybotExtension.withConfig(
            json -> json.replace("\"guildIds\": []", "\"guildIds\": [" + GUILD_ID + "]"));

    @Test
    void listedServersGetTheCommandsAndNothingIsRegisteredGlobally(FakeDiscord discord, OfflineStudybot running)
            throws Exception {
        DiscordBot bot = running.connect(
                discord, running.studybot().registry(), running.studybot().interactions());
        try {
            assertThat(discord.rest().guildCommands(GUILD_ID))
                    .extracting(command -> command.path("name").asText())
                    .contains("section", "search", "tip", "help", "stats");
            assertThat(discord.rest().guildCommands(GUILD_ID))
                    .as("a server's own commands exist there alone, so no member installs them")
                    .allSatisfy(command -> assertThat(command.path("integration_types"))
                            .extracting(JsonNode::asInt)
                            .containsExactly(0));
            assertThat(discord.rest().globalCommands()).isEmpty();
            assertThat(discord.rest().requests().matching(request -> request.is("PUT", "applications/\\d+/commands")))
                    .isEmpty();
        } finally {
            bot.shutdown(WAIT);
        }
    }
}
