package studybot.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.EPHEMERAL;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.WAIT;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.customIds;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import studybot.dailytips.MutableClock;
import studybot.dailytips.discord.StudybotOnFakeDiscord;
import studybot.discord.fake.DiscordPayloads;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.InteractionBuilder;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.RecordedRequest;
import studybot.discord.openapi.DiscordOpenApi;
import studybot.progress.Place;
import studybot.testing.Started;
import studybot.testing.StudybotExtension;

/**
 * Reading plans end to end: the real JDA and wiring (as {@code DiscordMode} does it) against the fake Discord, a real
 * SQLite store, and a clock the test moves. An admin sets a plan and a post time a minute ahead; the digest arrives
 * once with today's reading; two members mark sections read; the group's progress counts them; a restart posts nothing
 * more that day.
 */
class ReadingPlanOnDiscordTest {

    /** Tuesday 1 December 2026, 09:00 in Berlin (CET, UTC+1). */
    private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");

    @RegisterExtension
    final StudybotExtension studybot = StudybotExtension.startingAt(START);

    @Started
    private StudybotOnFakeDiscord bot;

    @Started
    private FakeDiscord discord;

    @Started
    private MutableClock clock;

    @Test
    void aPlanTurnsTheDailyPostIntoTheDigestAndMembersProgressIsCounted() throws Exception {
        JsonNode tips = reply(discord.slashCommand("tips")
                .subcommand("set")
                .option("channel", discord.world().channelId())
                .option("time", "09:01")
                .option("timezone", "Europe/Berlin")
                .by(Invoker.ADMIN));
        assertThat(text(tips)).contains("Saved.");
        JsonNode plan = reply(discord.slashCommand("plan")
                .subcommand("set")
                .option("start", "20")
                .option("pace", "2")
                .by(Invoker.ADMIN));
        assertThat(plan.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(text(plan))
                .contains("Plan set.")
                .contains("**20.1**")
                .contains("**20.2**")
                .contains("**Sections left:** 15")
                .contains("<t:" + Instant.parse("2026-12-07T23:00:00Z").getEpochSecond() + ":D>");
        assertThat(discord.rest().requests().matching(post()))
                .as("nothing before the time")
                .isEmpty();

        clock.advance(Duration.ofMinutes(2));
        RecordedRequest posted = discord.rest().awaitRequest(post(), WAIT);
        DiscordOpenApi.assertConforms(posted);
        JsonNode digest = posted.json();
        assertThat(digest.path("allowed_mentions").path("parse")).isEmpty();
        assertThat(digest.path("enforce_nonce").asBoolean()).isTrue();
        assertThat(text(digest))
                .startsWith("Today's reading · about")
                .contains("**20.1** ElastiCache Use Cases")
                .contains("**20.2** Redis vs Memcached")
                .contains("15 sections left")
                .contains("Study tip: ");
        assertThat(customIds(digest)).contains("open:20.1:0", "open:20.2:0");
        assertThat(text(digest)).contains("Question of the day: ");
        assertThat(customIds(digest)).filteredOn(id -> id.startsWith("quiz:a:")).hasSize(4);

        JsonNode clicked = reply(discord.buttonClick("read:20.1").by(Invoker.MEMBER));
        assertThat(clicked.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(text(clicked)).contains("Marked 20.1").contains("on track");
        assertThat(text(reply(discord.buttonClick("read:20.1").by(Invoker.MEMBER))))
                .contains("already marked");
        assertThat(text(reply(
                        discord.slashCommand("read").option("section", "20").by(Invoker.ADMIN))))
                .contains("Marked 7 sections of chapter 20")
                .contains("ahead of the plan by 5 sections");

        JsonNode group =
                reply(discord.slashCommand("progress").subcommand("group").by(Invoker.OWNER));
        assertThat(text(group))
                .contains("Of 2 members")
                .contains("**1 on track**")
                .contains("**0 behind**")
                .contains("**1 ahead**")
                .contains("Chapter 20: 1 of 2")
                .contains("Chapter 62: 0 of 2")
                .doesNotContain("<@");
        JsonNode mine = reply(discord.slashCommand("progress").subcommand("me").by(Invoker.MEMBER));
        assertThat(mine.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(text(mine)).contains("1 section (20.1)").contains("**Streak:** 1 day");

        bot.stopBot();
        clock.advance(Duration.ofHours(3));
        bot.startBot();
        bot.tipService().runDue();
        assertThat(discord.rest().requests().matching(post()))
                .as("a restart posts nothing more that day")
                .hasSize(1);
        assertThat(text(reply(
                        discord.slashCommand("progress").subcommand("group").by(Invoker.OWNER))))
                .contains("Of 2 members");
    }

    @Test
    void confirmingProgressForgetReplacesThePromptAndItsButton() {
        reply(discord.slashCommand("read").option("section", "20.1").by(Invoker.MEMBER));
        JsonNode prompt =
                reply(discord.slashCommand("progress").subcommand("forget").by(Invoker.MEMBER));
        String confirm = customIds(prompt).get(0);
        assertThat(prompt.path("flags").asInt() & EPHEMERAL)
                .as("the prompt is private")
                .isEqualTo(EPHEMERAL);
        JsonNode promptMessage = DiscordPayloads.botMessage(
                discord.world(), "1300000000000000001", discord.world().channelId(), prompt, true);

        JsonNode callback = discord.awaitCallback(
                        discord.buttonClick(confirm)
                                .onMessage(promptMessage)
                                .by(Invoker.MEMBER)
                                .send(),
                        StudybotOnFakeDiscord.WAIT)
                .json();

        assertThat(callback.path("type").asInt())
                .as("UPDATE_MESSAGE: the prompt itself is replaced")
                .isEqualTo(7);
        assertThat(text(callback.path("data"))).contains("Deleted your read mark.");
        assertThat(callback.path("data").path("components"))
                .as("no button left to click")
                .isEmpty();
    }

    @Test
    void badInputIsAnsweredPrivately() {
        assertThat(problem(discord.slashCommand("plan")
                        .subcommand("set")
                        .option("start", "20.9")
                        .option("pace", "1")
                        .by(Invoker.ADMIN)))
                .contains("no section 20.9");
        assertThat(problem(discord.slashCommand("plan")
                        .subcommand("set")
                        .option("start", "20.1")
                        .option("pace", "51")
                        .by(Invoker.ADMIN)))
                .contains("from 1 to 50");
        assertThat(problem(discord.slashCommand("plan")
                        .subcommand("set")
                        .option("start", "20.1")
                        .option("pace", "0")
                        .by(Invoker.ADMIN)))
                .contains("from 1 to 50");
        assertThat(problem(discord.slashCommand("plan")
                        .subcommand("set")
                        .option("start", "20.1")
                        .option("pace", "1")
                        .option("days", "someday")
                        .by(Invoker.ADMIN)))
                .contains("not a day of the week");
        assertThat(problem(discord.slashCommand("plan")
                        .subcommand("set")
                        .option("start", "20.1")
                        .option("pace", "1")
                        .by(Invoker.MEMBER)))
                .contains("Manage Server");
        assertThat(problem(discord.slashCommand("plan")
                        .subcommand("status")
                        .by(Invoker.ADMIN)
                        .inDirectMessage()))
                .contains("works only in a server");
        assertThat(problem(discord.buttonClick("read:20.9").by(Invoker.MEMBER))).contains("no longer in the book");
        assertThat(problem(discord.slashCommand("progress")
                        .subcommand("group")
                        .by(Invoker.MEMBER)
                        .inDirectMessage()))
                .contains("per server");
    }

    @Test
    void leavingAServerForgetsItsPlan() throws Exception {
        reply(discord.slashCommand("plan")
                .subcommand("set")
                .option("start", "20.1")
                .option("pace", "1")
                .by(Invoker.ADMIN));
        reply(discord.slashCommand("read").option("section", "20.1").by(Invoker.MEMBER));
        long guildId = Long.parseLong(discord.world().guildId());
        long memberId = Long.parseLong(discord.world().memberId());
        assertThat(bot.reading().plans().today(guildId)).isPresent();
        assertThat(bot.reading()
                        .progress()
                        .progress(Place.server(guildId), memberId)
                        .read())
                .hasSize(1);

        discord.gateway()
                .dispatch(
                        "GUILD_DELETE",
                        JsonNodeFactory.instance
                                .objectNode()
                                .put("id", discord.world().guildId()));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while ((bot.reading().plans().today(guildId).isPresent()
                        || !bot.reading()
                                .progress()
                                .progress(Place.server(guildId), memberId)
                                .read()
                                .isEmpty())
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(bot.reading().plans().today(guildId)).isEmpty();
        assertThat(bot.reading()
                        .progress()
                        .progress(Place.server(guildId), memberId)
                        .read())
                .isEmpty();
    }

    private JsonNode reply(InteractionBuilder interaction) {
        return bot.reply(interaction);
    }

    /** A reply only the asker sees, as text. */
    private String problem(InteractionBuilder interaction) {
        JsonNode data = reply(interaction);
        assertThat(data.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        return text(data);
    }

    private Predicate<RecordedRequest> post() {
        return bot.post();
    }
}
