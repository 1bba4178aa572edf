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
 * Issue 22 §5 end to end: a Community server whose preferred locale on Discord is German, and which never chose a
 * language with {@code /language set}, gets its daily post and public answers in German, while a member whose client is
 * English is answered privately in English in the same server; {@code /language set} overrides the preferred locale.
 */
class PreferredLocaleOnDiscordTest {

    /** 09:00 in Berlin: the tips set for 09:01 are due a minute later. */
    private static final Instant START = Instant.parse("2025-03-10T08:00:00Z");

    @RegisterExtension
    final StudybotExtension studybot =
            StudybotExtension.startingAt(START).in(FakeWorld.standard().withPreferredLocale("de"));

    @Started
    private StudybotOnFakeDiscord bot;

    @Started
    private FakeDiscord discord;

    @Started
    private MutableClock clock;

    @Test
    void theDailyPostFollowsTheServersPreferredLocaleAndAnEnglishMemberReadsEnglishPrivately() {
        JsonNode saved = bot.setTips(Invoker.ADMIN, "09:01");
        assertThat(saved.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(StudybotOnFakeDiscord.text(saved))
                .as("the admin's client is English (en-US)")
                .startsWith("Daily tips")
                .contains("Saved. Daily tips are **on**.");

        clock.advance(Duration.ofMinutes(2));
        JsonNode post = discord.rest().awaitRequest(bot.post(), WAIT).json();
        assertThat(post.path("embeds").get(0).path("title").asText()).isEqualTo("Lerntipp");
        assertThat(post.toString()).contains("Frage des Tages");

        JsonNode refused = bot.reply(discord.slashCommand("plan")
                .subcommand("status")
                .by(Invoker.MEMBER)
                .userLocale("en-US"));
        assertThat(refused.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(plainText(refused)).contains("Only members with the Manage Server permission can use `/plan`.");
        JsonNode tip = bot.reply(discord.slashCommand("tip").by(Invoker.MEMBER).userLocale("en-US"));
        assertThat(tip.path("flags").asInt() & EPHEMERAL)
                .as("posted to the channel")
                .isZero();
        assertThat(tip.path("embeds").get(0).path("title").asText()).isEqualTo("Lerntipp");
        assertThat(plainText(bot.reply(
                        discord.slashCommand("language").subcommand("show").by(Invoker.ADMIN))))
                .contains("This server's public messages and daily post are in German, the server's preferred"
                        + " language on Discord.");
    }

    @Test
    void languageSetOverridesThePreferredLocale() {
        JsonNode chosen = bot.reply(discord.slashCommand("language")
                .subcommand("set")
                .option("code", "en")
                .by(Invoker.ADMIN)
                .userLocale("de"));
        assertThat(plainText(chosen))
                .contains(
                        "Öffentliche Nachrichten und der tägliche Beitrag dieses Servers sind ab jetzt auf Englisch.");

        bot.setTips(Invoker.ADMIN, "09:01");
        clock.advance(Duration.ofMinutes(2));
        JsonNode post = discord.rest().awaitRequest(bot.post(), WAIT).json();
        assertThat(post.path("embeds").get(0).path("title").asText()).isEqualTo("Study tip");
        assertThat(bot.reply(discord.slashCommand("tip").by(Invoker.MEMBER).userLocale("de"))
                        .path("embeds")
                        .get(0)
                        .path("title")
                        .asText())
                .isEqualTo("Study tip");
    }
}
