package studybot.dailytips.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studybot.Studybot;
import studybot.book.CurrentBook;
import studybot.config.ConfigLoader;
import studybot.config.DailyTipsConfig;
import studybot.config.StudybotConfig;
import studybot.dailytips.DailyTipService;
import studybot.dailytips.MutableClock;
import studybot.dailytips.SharedPostingRate;
import studybot.discord.DiscordBot;
import studybot.discord.connect.DiscordEndpoints;
import studybot.discord.fake.Failure;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.InteractionBuilder;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.RecordedRequest;
import studybot.discord.fake.SentInteraction;
import studybot.stats.ConnectionInfo;
import studybot.stats.TipCounts;
import studybot.store.Store;
import studybot.store.StoreBusyException;
import studybot.store.StoreException;
import studybot.store.Stores;
import studybot.testing.LogCapture;

/**
 * Daily tips end to end: the real JDA and wiring against the fake Discord, a real SQLite store, and a clock the test
 * moves, so "one minute later" needs no waiting. The scheduler checks every second.
 */
class DailyTipsOnDiscordTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int EPHEMERAL = 1 << 6;
    /** 09:00 in Berlin (CET, UTC+1). */
    private static final Instant START = Instant.parse("2025-03-10T08:00:00Z");
    /** When a tip set for 09:01 Berlin time is due on that day. */
    private static final Instant DUE = Instant.parse("2025-03-10T08:01:00Z");

    @TempDir
    Path dataFolder;

    private final MutableClock clock = new MutableClock(START);
    private FakeDiscord discord;
    private Studybot studybot;
    private StudybotConfig config;
    private DailyTipsOnDiscord feature;
    private Store store;
    private DiscordBot bot;
    private String channelPosts;

    /** Deleted channels, missing permissions and 5xx are caused on purpose: the service's log lines are captured. */
    private final LogCapture log = LogCapture.of(DailyTipService.class);

    @BeforeEach
    void start() throws Exception {
        discord = FakeDiscord.start();
        StudybotConfig base = new ConfigLoader().load(Path.of("config/studybot.json"));
        config = new StudybotConfig(base.seedsFolder(), dataFolder, base.book(), base.cache(), base.search(),
                base.section(), base.discord(), base.reload(), new DailyTipsConfig(1, 30), base.store());
        channelPosts = "channels/" + discord.world().channelId() + "/messages";
        startBot();
    }

    @AfterEach
    void stop() throws Exception {
        try {
            stopBot();
        } finally {
            discord.close();
            log.close();
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
    void registersTipsForServerManagersInServersOnly() {
        JsonNode tips = discord.rest().globalCommands().stream()
                .filter(command -> command.path("name").asText().equals("tips"))
                .findFirst().orElseThrow();

        assertThat(tips.path("default_member_permissions").asText()).isEqualTo("32");
        assertThat(tips.path("contexts")).extracting(JsonNode::asInt).containsExactly(0);
        assertThat(tips.path("options")).extracting(option -> option.path("name").asText())
                .containsExactly("set", "on", "off", "status", "post-now");
        JsonNode set = tips.path("options").get(0).path("options");
        assertThat(set.get(0).path("type").asInt()).as("a channel option").isEqualTo(7);
        assertThat(set.get(2).path("autocomplete").asBoolean()).isTrue();
    }

    @Test
    void anAdminSetsATimeAMinuteAheadAndTheTipArrivesOnce() {
        JsonNode saved = set(Invoker.ADMIN, "09:01");

        assertThat(saved.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(text(saved)).contains("Saved.").contains("**on**").contains("<#" + discord.world().channelId() + ">")
                .contains("09:01 every day (Europe/Berlin)")
                .contains("<t:" + DUE.getEpochSecond() + ":F>").contains("<t:" + DUE.getEpochSecond() + ":R>");
        assertThat(discord.rest().requests().matching(post())).as("nothing before the time").isEmpty();

        clock.advance(Duration.ofMinutes(2));

        RecordedRequest tip = discord.rest().awaitRequest(post(), WAIT);
        JsonNode body = tip.json();
        assertThat(tip.status()).isEqualTo(200);
        assertThat(body.path("allowed_mentions").path("parse")).isEmpty();
        assertThat(body.path("nonce").asText()).isNotEmpty();
        assertThat(body.path("enforce_nonce").asBoolean()).isTrue();
        assertThat(body.path("embeds").get(0).path("title").asText()).isEqualTo("Study tip");
        assertThat(customIds(body)).singleElement().asString().matches("open:\\d+\\.\\d+:0");

        feature.service().runDue();
        feature.service().runDue();
        assertThat(discord.rest().requests().matching(post())).as("posted once").hasSize(1);
        assertThat(feature.service().tipsPostedToday()).isEqualTo(1);
        assertThat(text(tips("status", Invoker.ADMIN))).contains("2025-03-10 in <#")
                .contains("https://discord.com/channels/" + discord.world().guildId() + "/"
                        + discord.world().channelId() + "/");
    }

    /**
     * Issue 10 §8: another process holds the store locked. {@code /tips} requests wait on their own handlers and are
     * told the store is busy (their "thinking" shown only to the admin); {@code /section}, which needs no store, is
     * answered meanwhile.
     */
    @Test
    void aLockedStoreDelaysOnlyTheCommandsThatNeedIt() throws Exception {
        set(Invoker.ADMIN, "09:01");
        List<SentInteraction> tipsRequests = new ArrayList<>();
        List<String> tipsAnswers = new ArrayList<>();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dataFolder.resolve(Stores.SQLITE_FILE));
             Statement lock = other.createStatement()) {
            lock.execute("BEGIN EXCLUSIVE");
            for (int i = 0; i < 4; i++) {
                tipsRequests.add(discord.slashCommand("tips").subcommand("off").by(Invoker.ADMIN).send());
            }
            for (int i = 0; i < 6; i++) {
                SentInteraction section = discord.slashCommand("section").option("number", "20.4")
                        .by(Invoker.MEMBER).send();
                assertThat(discord.awaitCallback(section, WAIT).json().path("type").asInt())
                        .as("/section answered at once while the store is locked").isEqualTo(4);
            }
            tipsAnswers.add(tipsAnswer(tipsRequests.get(0)));
            lock.execute("ROLLBACK");
        }
        for (SentInteraction request : tipsRequests.subList(1, tipsRequests.size())) {
            tipsAnswers.add(tipsAnswer(request));
        }

        assertThat(tipsAnswers.get(0)).as("the first waited on the lock for the busy timeout")
                .contains(StoreBusyException.ADVICE).contains("Nothing was changed.");
        assertThat(tipsAnswers).as("the others were told the same, or went through once the lock was gone")
                .allSatisfy(answer -> assertThat(answer).containsAnyOf(StoreBusyException.ADVICE, "Turned off."));
    }

    /** The text of a {@code /tips} answer, deferred (privately) or not. */
    private String tipsAnswer(SentInteraction request) {
        JsonNode callback = discord.awaitCallback(request, WAIT).json();
        if (callback.path("type").asInt() != 5) {
            return text(callback.path("data"));
        }
        assertThat(callback.path("data").path("flags").asInt() & EPHEMERAL)
                .as("a deferred private answer shows its thinking privately").isEqualTo(EPHEMERAL);
        return text(discord.awaitOriginalEdit(request, WAIT).json());
    }

    @Test
    void leavingAServerForgetsItsTips() throws Exception {
        set(Invoker.ADMIN, "09:01");
        long guildId = Long.parseLong(discord.world().guildId());
        assertThat(feature.service().settings(guildId)).isPresent();

        discord.gateway().dispatch("GUILD_DELETE",
                JsonNodeFactory.instance.objectNode().put("id", discord.world().guildId()));

        await().atMost(WAIT).until(() -> feature.service().settings(guildId).isEmpty());
        clock.advance(Duration.ofMinutes(2));
        feature.service().runDue();
        assertThat(discord.rest().requests().matching(post())).isEmpty();
    }

    @Test
    void aMemberWithoutManageServerAndADirectMessageAreRefused() {
        JsonNode member = set(Invoker.MEMBER, "09:01");
        JsonNode direct = reply(discord.slashCommand("tips").subcommand("status").by(Invoker.ADMIN).inDirectMessage());

        assertThat(member.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(text(member)).contains("Only members with the Manage Server permission");
        assertThat(direct.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(text(direct)).contains("works only in a server");
        assertThat(text(tips("status", Invoker.ADMIN))).contains("not set up");
    }

    @Test
    void aRestartTheSameDayPostsNothingMore() throws Exception {
        set(Invoker.ADMIN, "09:01");
        clock.advance(Duration.ofMinutes(2));
        discord.rest().awaitRequest(post(), WAIT);

        stopBot();
        clock.advance(Duration.ofHours(3));
        startBot();

        assertThat(text(tips("status", Invoker.ADMIN))).contains("**on**").contains("2025-03-10 in <#");
        feature.service().runDue();
        assertThat(discord.rest().requests().matching(post())).hasSize(1);
        assertThat(feature.service().tipsPostedToday()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"deleted", "forbidden"})
    void aChannelStudybotCannotPostInPausesTipsUntilTheSettingsChange(String breakage) {
        set(Invoker.ADMIN, "09:01");
        if (breakage.equals("deleted")) {
            discord.rest().deleteChannel(discord.world().channelId());
        } else {
            discord.rest().forbidChannel(discord.world().channelId());
        }

        clock.advance(Duration.ofMinutes(2));
        RecordedRequest refused = discord.rest().awaitRequest(post(), WAIT);
        feature.service().runDue(); // returns once the scheduler's pass, which saw the refusal, has finished

        assertThat(refused.status()).isIn(403, 404);
        String status = text(tips("status", Invoker.ADMIN));
        assertThat(status).contains("**paused**").contains("Paused")
                .contains(breakage.equals("deleted") ? "was deleted" : "Missing Permissions");
        assertThat(feature.service().pausedServers()).isEqualTo(1);
        assertThat(log.messages(Level.WARN)).singleElement().asString().contains("daily tips paused");

        String changed = text(reply(discord.slashCommand("tips").subcommand("set").option("time", "10:00")
                .by(Invoker.ADMIN)));
        assertThat(changed).contains("Saved.").contains("**on**").doesNotContain("Paused");
        assertThat(feature.service().pausedServers()).isZero();
    }

    @Test
    void aServerErrorIsRetriedWithTheSameNonce() {
        set(Invoker.ADMIN, "09:01");
        discord.rest().failNext("POST", channelPosts, 1, Failure.serverError(500));

        clock.advance(Duration.ofMinutes(2));
        RecordedRequest failed = discord.rest().awaitRequest(post(), WAIT);
        feature.service().runDue();
        assertThat(failed.status()).isEqualTo(500);
        assertThat(text(tips("status", Invoker.ADMIN))).contains("Posting today's tip failed").contains("500");
        assertThat(log.messages(Level.WARN)).singleElement().asString().contains("failed (attempt 1)");

        clock.advance(Duration.ofMinutes(1));
        RecordedRequest retried = discord.rest().awaitRequest(post().and(request -> request.status() == 200), WAIT);
        assertThat(retried.json().path("nonce").asText()).isEqualTo(failed.json().path("nonce").asText());
    }

    @Test
    void postNowPostsATipAtOnceAndConfirmsPrivately() {
        set(Invoker.ADMIN, "09:01");

        JsonNode confirmed = tips("post-now", Invoker.ADMIN);

        RecordedRequest tip = discord.rest().awaitRequest(post(), WAIT);
        assertThat(tip.json().path("embeds").get(0).path("title").asText()).isEqualTo("Study tip");
        assertThat(confirmed.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(text(confirmed)).contains("Posted a tip in").contains("does not count as the day's tip");
        assertThat(feature.service().tipsPostedToday()).isZero();
    }

    @Test
    void badSettingsAreExplainedPrivately() {
        JsonNode badTime = set(Invoker.ADMIN, "9am");
        JsonNode unknownChannel = reply(discord.slashCommand("tips").subcommand("set")
                .option("channel", "300000000000000077").option("time", "09:00").option("timezone", "Europe/Berlin")
                .by(Invoker.ADMIN));

        assertThat(badTime.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(text(badTime)).contains("HH:mm");
        assertThat(text(unknownChannel)).contains("not a text channel of this server that studybot can see");
    }

    @Test
    void timezonesAreCompletedAsAdminsType() {
        JsonNode callback = discord.awaitCallback(discord.autocomplete("tips").subcommand("set")
                .focus("timezone", "new y").send(), WAIT).json();

        JsonNode choices = callback.path("data").path("choices");
        assertThat(choices).hasSizeBetween(1, 25);
        assertThat(choices.get(0).path("value").asText()).isEqualTo("America/New_York");
    }

    @Test
    void anUnusableStoreStopsStartupNamingTheFile() throws Exception {
        Path other = dataFolder.resolve("broken");
        Files.createDirectories(other);
        Files.writeString(other.resolve(Stores.SQLITE_FILE), "not a database, just text".repeat(100),
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Stores.open(studybot.config().store(), other, Map.of(),
                List.of(DailyTipService.MIGRATIONS, SharedPostingRate.MIGRATIONS), clock))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(other.resolve(Stores.SQLITE_FILE).toString())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    /** Wired as {@code DiscordMode} does: daily tips from their parts, then studybot with {@code /tips} in it. */
    private void startBot() throws Exception {
        CurrentBook book = new CurrentBook();
        store = Stores.open(config.store(), config.dataFolder(), Map.of(),
                List.of(DailyTipService.MIGRATIONS, SharedPostingRate.MIGRATIONS), clock);
        feature = DailyTipsOnDiscord.over(store, config.dailyTips(), config.discord().shards(), book, clock,
                (serverId, date) -> Optional.empty(), serverId -> { });
        studybot = Studybot.create(config, Clock.systemUTC(), book, ConnectionInfo.offline(),
                TipCounts.of(feature.service()::tipsPostedToday, feature.service()::pausedServers),
                List.of(feature.tips().feature()));
        studybot.loadBook();
        bot = DiscordBot.start(studybot.registry(), DiscordEndpoints.fromEnvironment(discord.environment()),
                studybot.config().discord(), studybot.interactions(), List.of(feature));
        assertThat(bot.awaitReady(WAIT)).as("connected and commands registered").isTrue();
    }

    /** {@code /tips set} in the server's channel at {@code time}, Berlin time. */
    private JsonNode set(Invoker who, String time) {
        return reply(discord.slashCommand("tips").subcommand("set").option("channel", discord.world().channelId())
                .option("time", time).option("timezone", "Europe/Berlin").by(who));
    }

    private JsonNode tips(String subcommand, Invoker who) {
        return reply(discord.slashCommand("tips").subcommand(subcommand).by(who));
    }

    private JsonNode reply(InteractionBuilder interaction) {
        return discord.awaitCallback(interaction.send(), WAIT).json().path("data");
    }

    private Predicate<RecordedRequest> post() {
        return request -> request.at("POST", channelPosts);
    }

    /** The embed's title, description and fields, as one text to search. */
    private static String text(JsonNode data) {
        JsonNode embed = data.path("embeds").get(0);
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
