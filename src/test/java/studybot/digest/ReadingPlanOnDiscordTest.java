package studybot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.Studybot;
import studybot.book.CurrentBook;
import studybot.config.ConfigLoader;
import studybot.config.DailyTipsConfig;
import studybot.config.StudybotConfig;
import studybot.dailytips.DailyTipService;
import studybot.dailytips.MutableClock;
import studybot.dailytips.SharedPostingRate;
import studybot.dailytips.discord.DailyTipsOnDiscord;
import studybot.discord.DiscordBot;
import studybot.discord.connect.DiscordEndpoints;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.InteractionBuilder;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.RecordedRequest;
import studybot.plan.PlanStore;
import studybot.progress.Place;
import studybot.progress.ReadMarkStore;
import studybot.stats.ConnectionInfo;
import studybot.stats.TipCounts;
import studybot.store.Store;
import studybot.store.Stores;

/**
 * Reading plans end to end: the real JDA and wiring (as {@code DiscordMode} does it) against the fake Discord, a
 * real SQLite store, and a clock the test moves. An admin sets a plan and a post time a minute ahead; the digest
 * arrives once with today's reading; two members mark sections read; the group's progress counts them; a restart
 * posts nothing more that day.
 */
class ReadingPlanOnDiscordTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int EPHEMERAL = 1 << 6;
    /** Tuesday 1 December 2026, 09:00 in Berlin (CET, UTC+1). */
    private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");

    @TempDir
    Path dataFolder;

    private final MutableClock clock = new MutableClock(START);
    private FakeDiscord discord;
    private StudybotConfig config;
    private DailyTipsOnDiscord dailyTips;
    private ReadingServices reading;
    private Store store;
    private DiscordBot bot;
    private String channelPosts;

    @BeforeEach
    void start() throws Exception {
        discord = FakeDiscord.start();
        StudybotConfig base = new ConfigLoader().load(Path.of("config/studybot.json"));
        config = new StudybotConfig(base.seedsFolder(), dataFolder, base.book(), base.cache(), base.search(), base.section(),
                base.discord(), base.reload(), new DailyTipsConfig(1, 30), base.store());
        channelPosts = "channels/" + discord.world().channelId() + "/messages";
        startBot();
    }

    @AfterEach
    void stop() throws Exception {
        try {
            stopBot();
        } finally {
            discord.close();
        }
    }

    /** As {@code DiscordMode} stops: the bot and its features, then the store they share. */
    private void stopBot() throws Exception {
        try {
            bot.shutdown(WAIT);
        } finally {
            store.close();
        }
    }

    @Test
    void aPlanTurnsTheDailyPostIntoTheDigestAndMembersProgressIsCounted() throws Exception {
        JsonNode tips = reply(discord.slashCommand("tips").subcommand("set")
                .option("channel", discord.world().channelId()).option("time", "09:01")
                .option("timezone", "Europe/Berlin").by(Invoker.ADMIN));
        assertThat(text(tips)).contains("Saved.");
        JsonNode plan = reply(discord.slashCommand("plan").subcommand("set").option("start", "20")
                .option("pace", "2").by(Invoker.ADMIN));
        assertThat(plan.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(text(plan)).contains("Plan set.").contains("**20.1**").contains("**20.2**")
                .contains("**Sections left:** 15").contains("<t:" + Instant.parse("2026-12-07T23:00:00Z")
                        .getEpochSecond() + ":D>");
        assertThat(discord.rest().requests().matching(post())).as("nothing before the time").isEmpty();

        clock.advance(Duration.ofMinutes(2));
        JsonNode digest = discord.rest().awaitRequest(post(), WAIT).json();
        assertThat(digest.path("allowed_mentions").path("parse")).isEmpty();
        assertThat(digest.path("enforce_nonce").asBoolean()).isTrue();
        assertThat(text(digest)).startsWith("Today's reading · about").contains("**20.1** ElastiCache Use Cases")
                .contains("**20.2** Redis vs Memcached").contains("15 sections left").contains("Study tip: ");
        assertThat(customIds(digest)).contains("open:20.1:0", "open:20.2:0");

        JsonNode clicked = reply(discord.buttonClick("read:20.1").by(Invoker.MEMBER));
        assertThat(clicked.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(text(clicked)).contains("Marked 20.1").contains("on track");
        assertThat(text(reply(discord.buttonClick("read:20.1").by(Invoker.MEMBER)))).contains("already marked");
        assertThat(text(reply(discord.slashCommand("read").option("section", "20").by(Invoker.ADMIN))))
                .contains("Marked 7 sections of chapter 20").contains("ahead of the plan by 5 sections");

        JsonNode group = reply(discord.slashCommand("progress").subcommand("group").by(Invoker.OWNER));
        assertThat(text(group)).contains("Of 2 members").contains("**1 on track**").contains("**0 behind**")
                .contains("**1 ahead**").contains("Chapter 20: 1 of 2").contains("Chapter 62: 0 of 2")
                .doesNotContain("<@");
        JsonNode mine = reply(discord.slashCommand("progress").subcommand("me").by(Invoker.MEMBER));
        assertThat(mine.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(text(mine)).contains("1 section (20.1)").contains("**Streak:** 1 day");

        stopBot();
        clock.advance(Duration.ofHours(3));
        startBot();
        dailyTips.service().runDue();
        assertThat(discord.rest().requests().matching(post())).as("a restart posts nothing more that day").hasSize(1);
        assertThat(text(reply(discord.slashCommand("progress").subcommand("group").by(Invoker.OWNER))))
                .contains("Of 2 members");
    }

    @Test
    void badInputIsAnsweredPrivately() {
        assertThat(problem(discord.slashCommand("plan").subcommand("set").option("start", "20.9")
                .option("pace", "1").by(Invoker.ADMIN))).contains("no section 20.9");
        assertThat(problem(discord.slashCommand("plan").subcommand("set").option("start", "20.1")
                .option("pace", "51").by(Invoker.ADMIN))).contains("from 1 to 50");
        assertThat(problem(discord.slashCommand("plan").subcommand("set").option("start", "20.1")
                .option("pace", "0").by(Invoker.ADMIN))).contains("from 1 to 50");
        assertThat(problem(discord.slashCommand("plan").subcommand("set").option("start", "20.1")
                .option("pace", "1").option("days", "someday").by(Invoker.ADMIN)))
                .contains("not a day of the week");
        assertThat(problem(discord.slashCommand("plan").subcommand("set").option("start", "20.1")
                .option("pace", "1").by(Invoker.MEMBER))).contains("Manage Server");
        assertThat(problem(discord.slashCommand("plan").subcommand("status").by(Invoker.ADMIN)
                .inDirectMessage())).contains("works only in a server");
        assertThat(problem(discord.buttonClick("read:20.9").by(Invoker.MEMBER)))
                .contains("no longer in the book");
        assertThat(problem(discord.slashCommand("progress").subcommand("group").by(Invoker.MEMBER)
                .inDirectMessage())).contains("per server");
    }

    @Test
    void leavingAServerForgetsItsPlan() throws Exception {
        reply(discord.slashCommand("plan").subcommand("set").option("start", "20.1").option("pace", "1")
                .by(Invoker.ADMIN));
        reply(discord.slashCommand("read").option("section", "20.1").by(Invoker.MEMBER));
        long guildId = Long.parseLong(discord.world().guildId());
        long memberId = Long.parseLong(discord.world().memberId());
        assertThat(reading.plans().today(guildId)).isPresent();
        assertThat(reading.progress().progress(Place.server(guildId), memberId).read()).hasSize(1);

        discord.gateway().dispatch("GUILD_DELETE",
                JsonNodeFactory.instance.objectNode().put("id", discord.world().guildId()));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while ((reading.plans().today(guildId).isPresent()
                || !reading.progress().progress(Place.server(guildId), memberId).read().isEmpty())
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(reading.plans().today(guildId)).isEmpty();
        assertThat(reading.progress().progress(Place.server(guildId), memberId).read()).isEmpty();
    }

    /** Wired as {@code DiscordMode} does: the store, reading plans, daily tips with the digest, then studybot. */
    private void startBot() throws Exception {
        CurrentBook book = new CurrentBook();
        store = Stores.open(config.store(), config.dataFolder(), Map.of(), List.of(DailyTipService.MIGRATIONS,
                SharedPostingRate.MIGRATIONS, PlanStore.MIGRATIONS, ReadMarkStore.MIGRATIONS), clock);
        reading = ReadingServices.open(store, () -> book.get().library(),
                (serverId, memberId) -> false, clock);
        dailyTips = DailyTipsOnDiscord.over(store, config.dailyTips(), config.discord().shards(), book, clock,
                reading.digests(), reading::forgetServer);
        Studybot studybot = Studybot.create(config, Clock.systemUTC(), book, ConnectionInfo.offline(),
                TipCounts.none(), Stream.concat(Stream.of(dailyTips.tips().feature()), reading.features().stream())
                        .toList());
        studybot.loadBook();
        bot = DiscordBot.start(studybot.registry(), DiscordEndpoints.fromEnvironment(discord.environment()),
                config.discord(), studybot.interactions(), List.of(dailyTips));
        assertThat(bot.awaitReady(WAIT)).as("connected and commands registered").isTrue();
    }

    private JsonNode reply(InteractionBuilder interaction) {
        return discord.awaitCallback(interaction.send(), WAIT).json().path("data");
    }

    /** A reply only the asker sees, as text. */
    private String problem(InteractionBuilder interaction) {
        JsonNode data = reply(interaction);
        assertThat(data.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        return text(data);
    }

    private Predicate<RecordedRequest> post() {
        return request -> request.at("POST", channelPosts);
    }

    /** The message's content, or its embed's title, description and fields, as one text to search. */
    private static String text(JsonNode data) {
        JsonNode embed = data.path("embeds").path(0);
        if (embed.isMissingNode()) {
            return data.path("content").asText();
        }
        StringBuilder text = new StringBuilder(embed.path("title").asText()).append('\n')
                .append(embed.path("description").asText());
        embed.path("fields").forEach(field -> text.append('\n').append(field.path("name").asText()).append(": ")
                .append(field.path("value").asText()));
        return text.toString();
    }

    private static List<String> customIds(JsonNode message) {
        return StreamSupport.stream(message.path("components").spliterator(), false)
                .flatMap(row -> StreamSupport.stream(row.path("components").spliterator(), false))
                .map(component -> component.path("custom_id").asText())
                .toList();
    }
}
