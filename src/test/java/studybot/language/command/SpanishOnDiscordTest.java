package studybot.language.command;

import static org.assertj.core.api.Assertions.assertThat;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.EPHEMERAL;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.WAIT;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.plainText;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import studybot.dailytips.MutableClock;
import studybot.dailytips.discord.StudybotOnFakeDiscord;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.Invoker;
import studybot.discord.openapi.DiscordOpenApi;
import studybot.testing.Started;
import studybot.testing.StudybotExtension;

/**
 * Spanish end to end: Discord names Spanish only with a region ({@code es-ES} for Spain, {@code es-419} for Latin
 * America), and both get studybot's Spanish, in private replies and in the slash-command picker; the channel still
 * reads the server's language until {@code /language set code:es}.
 */
class SpanishOnDiscordTest {

    /** 09:00 in Berlin: the tips set for 09:01 are due a minute later. */
    private static final Instant START = Instant.parse("2025-03-10T08:00:00Z");

    @RegisterExtension
    final StudybotExtension studybot = StudybotExtension.startingAt(START);

    @Started
    private StudybotOnFakeDiscord bot;

    @Started
    private FakeDiscord discord;

    @Started
    private MutableClock clock;

    @AfterEach
    void everyRequestConforms() {
        DiscordOpenApi.assertAllConform(discord.rest().requests().all());
    }

    @Test
    void aSpanishMemberIsAnsweredInSpanishWhileTheChannelsPostStaysInTheServersLanguage() {
        for (String locale : new String[] {"es-ES", "es-419"}) {
            JsonNode refused =
                    bot.reply(discord.slashCommand("plan").subcommand("status").userLocale(locale));
            assertThat(refused.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
            assertThat(plainText(refused))
                    .as(locale)
                    .contains("Solo los miembros con el permiso Gestionar servidor pueden usar `/plan`.");
        }

        JsonNode tip = bot.reply(discord.slashCommand("tip").userLocale("es-ES"));
        assertThat(tip.path("flags").asInt() & EPHEMERAL)
                .as("posted to the channel")
                .isZero();
        assertThat(title(tip)).isEqualTo("Study tip");
        assertThat(tip.toString()).contains("Read ").doesNotContain("Leer ");
    }

    @Test
    void aServerThatChoseSpanishPostsInSpanishAndEachMemberStillReadsTheirOwnLanguage() {
        JsonNode chosen = bot.reply(discord.slashCommand("language")
                .subcommand("set")
                .option("code", "es")
                .by(Invoker.ADMIN)
                .userLocale("en-US"));
        assertThat(chosen.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(plainText(chosen))
                .contains("This server's public messages and daily post are in Spanish from now on.");

        assertThat(title(bot.reply(discord.slashCommand("tip").userLocale("en-US"))))
                .isEqualTo("Consejo de estudio");
        assertThat(plainText(bot.reply(
                        discord.slashCommand("plan").subcommand("status").userLocale("en-US"))))
                .contains("Only members with the Manage Server permission can use `/plan`.");
        assertThat(plainText(bot.reply(discord.slashCommand("language")
                        .subcommand("show")
                        .by(Invoker.ADMIN)
                        .userLocale("es-419"))))
                .contains("Los mensajes públicos y la publicación diaria de este servidor están en español, elegido"
                        + " con `/language set`.");

        bot.setTips(Invoker.ADMIN, "09:01");
        clock.advance(Duration.ofMinutes(2));
        JsonNode post = discord.rest().awaitRequest(bot.post(), WAIT).json();
        assertThat(post.path("embeds").get(0).path("title").asText()).isEqualTo("Consejo de estudio");
        assertThat(post.toString()).contains("Pregunta del día");
    }

    @Test
    void theSlashCommandPickerReadsSpanishInBothOfDiscordsSpanishLocales() {
        JsonNode language = discord.rest().globalCommands().stream()
                .filter(command -> command.path("name").asText().equals("language"))
                .findFirst()
                .orElseThrow();
        JsonNode described = language.path("description_localizations");
        assertThat(described.path("es-ES").asText())
                .isEqualTo("El idioma de los mensajes públicos del servidor (admins)");
        assertThat(described.path("es-419").asText())
                .isEqualTo(described.path("es-ES").asText());
        assertThat(described.path("de").asText())
                .isEqualTo("Die Sprache der öffentlichen Nachrichten des Servers (Admins)");
        assertThat(described.has("en-US"))
                .as("English is the default description")
                .isFalse();
        assertThat(language.path("options")
                        .get(0)
                        .path("options")
                        .get(0)
                        .path("description_localizations")
                        .path("es-419")
                        .asText())
                .isEqualTo("Código de idioma: en (English), de (Deutsch), es (español) o fr (français)");
    }

    private static String title(JsonNode data) {
        return data.path("embeds").path(0).path("title").asText();
    }
}
