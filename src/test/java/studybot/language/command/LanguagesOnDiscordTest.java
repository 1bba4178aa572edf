package studybot.language.command;

import static org.assertj.core.api.Assertions.assertThat;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.EPHEMERAL;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.plainText;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import studybot.dailytips.discord.StudybotOnFakeDiscord;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.Invoker;
import studybot.testing.Started;
import studybot.testing.StudybotExtension;

/**
 * Languages end to end, as {@code DiscordMode} wires studybot: what only the member sees is in their Discord client's
 * language, what the channel sees in the server's (its chosen language, else its preferred locale, else English).
 */
class LanguagesOnDiscordTest {

    @RegisterExtension
    final StudybotExtension studybot = StudybotExtension.startingAt(Instant.parse("2026-12-06T08:00:00Z"));

    @Started
    private StudybotOnFakeDiscord bot;

    @Started
    private FakeDiscord discord;

    @Test
    void aGermanMemberIsAnsweredInGermanWhileTheChannelsPostStaysInTheServersLanguage() {
        JsonNode refused =
                bot.reply(discord.slashCommand("plan").subcommand("status").userLocale("de"));
        assertThat(refused.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(plainText(refused))
                .contains("Nur Mitglieder mit der Berechtigung „Server verwalten“ können `/plan` verwenden.");

        JsonNode tip = bot.reply(discord.slashCommand("tip").userLocale("de"));
        assertThat(tip.path("flags").asInt() & EPHEMERAL)
                .as("posted to the channel")
                .isZero();
        assertThat(title(tip)).isEqualTo("Study tip");
        assertThat(tip.toString()).contains("Read ").doesNotContain("lesen");
    }

    @Test
    void aServerThatChoseGermanPostsInGermanAndEachMemberStillReadsTheirOwnLanguage() {
        JsonNode chosen = bot.reply(discord.slashCommand("language")
                .subcommand("set")
                .option("code", "de")
                .by(Invoker.ADMIN)
                .userLocale("en-US"));
        assertThat(chosen.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(plainText(chosen))
                .contains("This server's public messages and daily post are in German from now on.");

        assertThat(title(bot.reply(discord.slashCommand("tip").userLocale("en-US"))))
                .isEqualTo("Lerntipp");
        assertThat(plainText(bot.reply(
                        discord.slashCommand("plan").subcommand("status").userLocale("en-US"))))
                .contains("Only members with the Manage Server permission can use `/plan`.");
        assertThat(plainText(bot.reply(discord.slashCommand("language")
                        .subcommand("show")
                        .by(Invoker.ADMIN)
                        .userLocale("de"))))
                .contains("Öffentliche Nachrichten und der tägliche Beitrag dieses Servers sind auf Deutsch");
    }

    private static String title(JsonNode data) {
        return data.path("embeds").path(0).path("title").asText();
    }
}
