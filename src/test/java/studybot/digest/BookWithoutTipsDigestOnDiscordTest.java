package studybot.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.WAIT;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.customIds;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import studybot.dailytips.MutableClock;
import studybot.dailytips.discord.StudybotOnFakeDiscord;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.Invoker;
import studybot.testing.Started;
import studybot.testing.StudybotExtension;

/**
 * A server reading an Italian book (no key-fact rules for Italian, hence no tips and no quiz) with a reading plan on:
 * the daily digest still goes out, once, with today's reading and no tip or question of the day, and {@code /tips
 * status} and {@code /tips post-now} say why the book has no tips, in the reader's language.
 */
class BookWithoutTipsDigestOnDiscordTest {

    /** Tuesday 1 December 2026, 09:00 in Berlin (CET, UTC+1). */
    private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");

    private static final Path ITALIAN_BOOK = Path.of("src/test/resources/books/italian/fattoria.html");

    @RegisterExtension
    final StudybotExtension studybot = StudybotExtension.startingAt(START);

    @Started
    private StudybotOnFakeDiscord bot;

    @Started
    private FakeDiscord discord;

    @Started
    private MutableClock clock;

    @TempDir
    Path temp;

    @Test
    void theDigestOfABookWithoutTipsGoesOutWithoutATip() throws Exception {
        bot.useOwnBook(ITALIAN_BOOK, temp);
        assertThat(text(bot.setTips(Invoker.ADMIN, "09:01"))).contains("Saved.");
        assertThat(text(bot.reply(discord.slashCommand("plan")
                        .subcommand("set")
                        .option("start", "1")
                        .option("pace", "2")
                        .by(Invoker.ADMIN))))
                .contains("Plan set.");

        clock.advance(Duration.ofMinutes(2));
        JsonNode digest = discord.rest().awaitRequest(bot.post(), WAIT).json();

        assertThat(text(digest))
                .startsWith("Today's reading · about")
                .contains("Le stalle")
                .doesNotContain("Study tip")
                .doesNotContain("Question of the day");
        assertThat(customIds(digest)).anyMatch(id -> id.startsWith("open:")).noneMatch(id -> id.startsWith("quiz:a:"));

        // the post is recorded once Discord's answer to it is read, a moment after the request arrives
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(text(bot.reply(discord.slashCommand("tips")
                                .subcommand("status")
                                .userLocale("fr")
                                .by(Invoker.ADMIN))))
                        .as("the reason, in the reader's language")
                        .contains("Le livre n’a pas d’astuces à publier. Écrit en italien")
                        .contains("récapitulatif, sans astuce"));
        assertThat(text(bot.reply(discord.slashCommand("tips")
                        .subcommand("post-now")
                        .userLocale("fr")
                        .by(Invoker.ADMIN))))
                .as("posting one now has no tip to post, and says why")
                .contains("Le livre n’a pas d’astuces à publier. Écrit en italien");

        bot.stopBot();
        clock.advance(Duration.ofHours(3));
        bot.startBot();
        bot.tipService().runDue();
        assertThat(discord.rest().requests().matching(bot.post()))
                .as("once a day, a restart included")
                .hasSize(1);
    }
}
