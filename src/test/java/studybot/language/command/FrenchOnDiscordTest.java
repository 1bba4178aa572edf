package studybot.language.command;

import static org.assertj.core.api.Assertions.assertThat;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.EPHEMERAL;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.WAIT;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.plainText;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import studybot.dailytips.MutableClock;
import studybot.dailytips.discord.StudybotOnFakeDiscord;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.FakeWorld;
import studybot.discord.fake.Invoker;
import studybot.testing.Started;
import studybot.testing.StudybotExtension;

/**
 * French end to end through the fake Discord: a member whose client is French reads private replies in French while the
 * English server's public messages stay English, and {@code /language set code:fr} turns the server's public messages
 * and daily post French.
 */
class FrenchOnDiscordTest {

    /** 09:00 in Berlin: the tips set for 09:01 are due a minute later. */
    private static final Instant START = Instant.parse("2025-03-10T08:00:00Z");

    @RegisterExtension
    final StudybotExtension studybot = StudybotExtension.startingAt(START).in(FakeWorld.standard());

    @Started
    private StudybotOnFakeDiscord bot;

    @Started
    private FakeDiscord discord;

    @Started
    private MutableClock clock;

    @Test
    void aFrenchMemberIsAnsweredPrivatelyInFrenchWhileTheServerStaysEnglish() {
        JsonNode refused = bot.reply(discord.slashCommand("plan")
                .subcommand("status")
                .by(Invoker.MEMBER)
                .userLocale("fr"));
        assertThat(refused.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(plainText(refused))
                .contains("Seuls les membres qui ont la permission Gérer le serveur peuvent utiliser `/plan`.");

        JsonNode tip = bot.reply(discord.slashCommand("tip").by(Invoker.MEMBER).userLocale("fr"));
        assertThat(tip.path("flags").asInt() & EPHEMERAL)
                .as("posted to the channel")
                .isZero();
        assertThat(tip.path("embeds").get(0).path("title").asText()).isEqualTo("Study tip");
    }

    @Test
    void languageSetCodeFrTurnsPublicMessagesAndTheDailyPostFrench() {
        JsonNode chosen = bot.reply(discord.slashCommand("language")
                .subcommand("set")
                .option("code", "fr")
                .by(Invoker.ADMIN)
                .userLocale("fr"));
        assertThat(plainText(chosen))
                .contains("Les messages publics et le message quotidien de ce serveur sont désormais en français.");

        bot.setTips(Invoker.ADMIN, "09:01");
        clock.advance(Duration.ofMinutes(2));
        JsonNode post = discord.rest().awaitRequest(bot.post(), WAIT).json();
        assertThat(post.path("embeds").get(0).path("title").asText()).isEqualTo("Astuce d’étude");
        assertThat(post.toString()).contains("Question du jour");
        assertThat(bot.reply(discord.slashCommand("tip").by(Invoker.MEMBER).userLocale("en-US"))
                        .path("embeds")
                        .get(0)
                        .path("title")
                        .asText())
                .as("a public answer is in the server's language, whoever asked")
                .isEqualTo("Astuce d’étude");
    }
}
