package studybot.dailytips.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.EPHEMERAL;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.WAIT;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.customIds;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.text;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studybot.dailytips.DailyTipService;
import studybot.dailytips.MutableClock;
import studybot.discord.RegistryInteractions;
import studybot.discord.fake.Failure;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.InteractionBuilder;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.RecordedRequest;
import studybot.discord.fake.SentInteraction;
import studybot.posting.SharedPostingRate;
import studybot.store.StoreBusyException;
import studybot.store.StoreException;
import studybot.store.Stores;
import studybot.testing.LogCapture;
import studybot.testing.Started;
import studybot.testing.StudybotExtension;

/**
 * Daily tips end to end: the real JDA and wiring against the fake Discord, a real SQLite store, and a clock the test
 * moves, so "one minute later" needs no waiting ({@link StudybotOnFakeDiscord}). The scheduler checks every second.
 */
class DailyTipsOnDiscordTest {

    /** 09:00 in Berlin (CET, UTC+1). */
    private static final Instant START = Instant.parse("2025-03-10T08:00:00Z");
    /** When a tip set for 09:01 Berlin time is due on that day. */
    private static final Instant DUE = Instant.parse("2025-03-10T08:01:00Z");

    /** Deleted channels, missing permissions and 5xx are caused on purpose: the service's log lines are captured. */
    @RegisterExtension
    @Order(1)
    final LogCapture log = LogCapture.of(DailyTipService.class);

    @RegisterExtension
    final StudybotExtension studybot = StudybotExtension.startingAt(START);

    @Started
    private StudybotOnFakeDiscord bot;

    @Started
    private FakeDiscord discord;

    @Started
    private MutableClock clock;

    @Test
    void registersTipsForServerManagersInServersOnly() {
        JsonNode tips = discord.rest().globalCommands().stream()
                .filter(command -> command.path("name").asText().equals("tips"))
                .findFirst()
                .orElseThrow();

        assertThat(tips.path("default_member_permissions").asText()).isEqualTo("32");
        assertThat(tips.path("contexts")).extracting(JsonNode::asInt).containsExactly(0);
        assertThat(tips.path("options"))
                .extracting(option -> option.path("name").asText())
                .containsExactly("set", "on", "off", "status", "post-now");
        JsonNode set = tips.path("options").get(0).path("options");
        assertThat(set.get(0).path("type").asInt()).as("a channel option").isEqualTo(7);
        assertThat(set.get(2).path("autocomplete").asBoolean()).isTrue();
    }

    @Test
    void anAdminSetsATimeAMinuteAheadAndTheTipArrivesOnce() {
        JsonNode saved = set(Invoker.ADMIN, "09:01");

        assertThat(saved.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(text(saved))
                .contains("Saved.")
                .contains("**on**")
                .contains("<#" + discord.world().channelId() + ">")
                .contains("09:01 every day (Europe/Berlin)")
                .contains("<t:" + DUE.getEpochSecond() + ":F>")
                .contains("<t:" + DUE.getEpochSecond() + ":R>");
        assertThat(discord.rest().requests().matching(post()))
                .as("nothing before the time")
                .isEmpty();

        clock.advance(Duration.ofMinutes(2));

        RecordedRequest tip = discord.rest().awaitRequest(post(), WAIT);
        JsonNode body = tip.json();
        assertThat(tip.status()).isEqualTo(200);
        assertThat(body.path("allowed_mentions").path("parse")).isEmpty();
        assertThat(body.path("nonce").asText()).isNotEmpty();
        assertThat(body.path("enforce_nonce").asBoolean()).isTrue();
        assertThat(body.path("embeds").get(0).path("title").asText()).isEqualTo("Study tip");
        List<String> ids = customIds(body);
        assertThat(ids)
                .as("the question of the day's four answers, then the tip's Read button")
                .hasSize(5);
        assertThat(ids.subList(0, 4)).allMatch(id -> id.startsWith("quiz:a:"));
        assertThat(ids.get(4)).matches("open:\\d+\\.\\d+:0");

        bot.tipService().runDue();
        bot.tipService().runDue();
        assertThat(discord.rest().requests().matching(post())).as("posted once").hasSize(1);
        assertThat(bot.tipService().tipsPostedToday()).isEqualTo(1);
        assertThat(text(tips("status", Invoker.ADMIN)))
                .contains("Mar 10, 2025 in <#")
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
        try (Connection other = bot.openStoreFile();
                Statement lock = other.createStatement()) {
            lock.execute("BEGIN EXCLUSIVE");
            for (int i = 0; i < 4; i++) {
                tipsRequests.add(discord.slashCommand("tips")
                        .subcommand("off")
                        .by(Invoker.ADMIN)
                        .send());
            }
            for (int i = 0; i < 6; i++) {
                SentInteraction section = discord.slashCommand("section")
                        .option("number", "20.4")
                        .by(Invoker.MEMBER)
                        .send();
                assertThat(discord.awaitCallback(section, WAIT)
                                .json()
                                .path("type")
                                .asInt())
                        .as("/section answered at once while the store is locked")
                        .isEqualTo(4);
            }
            tipsAnswers.add(tipsAnswer(tipsRequests.get(0)));
            lock.execute("ROLLBACK");
        }
        for (SentInteraction request : tipsRequests.subList(1, tipsRequests.size())) {
            tipsAnswers.add(tipsAnswer(request));
        }

        assertThat(tipsAnswers.get(0))
                .as("the first waited on the lock for the busy timeout")
                .contains(StoreBusyException.ADVICE)
                .contains("Nothing was changed.");
        assertThat(tipsAnswers)
                .as("the others were told the same, or went through once the lock was gone")
                .allSatisfy(answer -> assertThat(answer).containsAnyOf(StoreBusyException.ADVICE, "Turned off."));
    }

    /** The text of a {@code /tips} answer, deferred (privately) or not. */
    private String tipsAnswer(SentInteraction request) {
        JsonNode callback = discord.awaitCallback(request, WAIT).json();
        if (callback.path("type").asInt() != 5) {
            return text(callback.path("data"));
        }
        assertThat(callback.path("data").path("flags").asInt() & EPHEMERAL)
                .as("a deferred private answer shows its thinking privately")
                .isEqualTo(EPHEMERAL);
        return text(discord.awaitOriginalEdit(request, WAIT).json());
    }

    @Test
    void leavingAServerForgetsItsTips() throws Exception {
        set(Invoker.ADMIN, "09:01");
        long guildId = Long.parseLong(discord.world().guildId());
        assertThat(bot.tipService().settings(guildId)).isPresent();

        discord.gateway()
                .dispatch(
                        "GUILD_DELETE",
                        JsonNodeFactory.instance
                                .objectNode()
                                .put("id", discord.world().guildId()));

        await().atMost(WAIT).until(() -> bot.tipService().settings(guildId).isEmpty());
        clock.advance(Duration.ofMinutes(2));
        bot.tipService().runDue();
        assertThat(discord.rest().requests().matching(post())).isEmpty();
    }

    @Test
    void aMemberWithoutManageServerAndADirectMessageAreRefused() {
        JsonNode member = set(Invoker.MEMBER, "09:01");
        JsonNode direct = reply(discord.slashCommand("tips")
                .subcommand("status")
                .by(Invoker.ADMIN)
                .inDirectMessage());

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

        bot.stopBot();
        clock.advance(Duration.ofHours(3));
        bot.startBot();

        assertThat(text(tips("status", Invoker.ADMIN))).contains("**on**").contains("Mar 10, 2025 in <#");
        bot.tipService().runDue();
        assertThat(discord.rest().requests().matching(post())).hasSize(1);
        assertThat(bot.tipService().tipsPostedToday()).isEqualTo(1);
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
        bot.tipService().runDue(); // returns once the scheduler's pass, which saw the refusal, has finished

        assertThat(refused.status()).isIn(403, 404);
        String status = text(tips("status", Invoker.ADMIN));
        assertThat(status)
                .contains("**paused**")
                .contains("Paused")
                .contains(
                        breakage.equals("deleted")
                                ? "was deleted"
                                : "needs View Channel, Send Messages and Embed Links in <#");
        assertThat(bot.tipService().pausedServers()).isEqualTo(1);
        assertThat(log.messages(Level.WARN)).singleElement().asString().contains("daily tips paused");

        String changed = text(reply(discord.slashCommand("tips")
                .subcommand("set")
                .option("time", "10:00")
                .by(Invoker.ADMIN)));
        assertThat(changed).contains("Saved.").contains("**on**").doesNotContain("Paused");
        assertThat(bot.tipService().pausedServers()).isZero();
    }

    @Test
    void aServerErrorIsRetriedWithTheSameNonce() {
        set(Invoker.ADMIN, "09:01");
        discord.rest().failNext("POST", bot.channelPosts(), 1, Failure.serverError(500));

        clock.advance(Duration.ofMinutes(2));
        RecordedRequest failed = discord.rest().awaitRequest(post(), WAIT);
        bot.tipService().runDue();
        assertThat(failed.status()).isEqualTo(500);
        assertThat(text(tips("status", Invoker.ADMIN)))
                .contains("Posting today's tip failed")
                .contains("500");
        assertThat(log.messages(Level.WARN)).singleElement().asString().contains("failed (attempt 1)");

        clock.advance(Duration.ofMinutes(1));
        RecordedRequest retried = discord.rest().awaitRequest(post().and(request -> request.status() == 200), WAIT);
        assertThat(retried.json().path("nonce").asText())
                .isEqualTo(failed.json().path("nonce").asText());
    }

    @Test
    void postNowPostsATipAtOnceAndConfirmsPrivately() {
        set(Invoker.ADMIN, "09:01");

        JsonNode confirmed = tips("post-now", Invoker.ADMIN);

        RecordedRequest tip = discord.rest().awaitRequest(post(), WAIT);
        assertThat(tip.json().path("embeds").get(0).path("title").asText()).isEqualTo("Study tip");
        assertThat(confirmed.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(text(confirmed)).contains("Posted a tip in").contains("does not count as the day's tip");
        assertThat(bot.tipService().tipsPostedToday()).isZero();
    }

    @Test
    void postNowDeliveredAgainByTheGatewayPostsOnce() throws Exception {
        set(Invoker.ADMIN, "09:01");
        SentInteraction sent = discord.slashCommand("tips")
                .subcommand("post-now")
                .by(Invoker.ADMIN)
                .send();
        discord.awaitCallback(sent, WAIT);
        RecordedRequest posted = discord.rest().awaitRequest(post(), WAIT);
        assertThat(posted.json().path("nonce").asText())
                .as("derived from the interaction, so even two processes handling it post once")
                .isEqualTo("i" + Long.toString(Long.parseLong(sent.id()), 36));

        try (LogCapture registry = LogCapture.of(Level.INFO, RegistryInteractions.class.getName())) {
            // two seconds later a resumed session replays the very same interaction
            clock.advance(Duration.ofSeconds(2));
            discord.gateway().dispatch("INTERACTION_CREATE", sent.payload());
            String replayed = "Interaction " + sent.id() + " was delivered again by the gateway; it is answered once";
            await().atMost(WAIT)
                    .untilAsserted(
                            () -> assertThat(registry.messages(Level.INFO)).containsExactly(replayed));
        }
        discord.awaitCallback(
                discord.slashCommand("tips")
                        .subcommand("status")
                        .by(Invoker.ADMIN)
                        .send(),
                WAIT);
        assertThat(discord.rest().requests().matching(post()))
                .as("one post-now, one post")
                .hasSize(1);
        assertThat(discord.rest().requests().matching(r -> r.at("POST", sent.callbackPath())))
                .hasSize(1);
    }

    @Test
    void badSettingsAreExplainedPrivately() {
        JsonNode badTime = set(Invoker.ADMIN, "9am");
        JsonNode unknownChannel = reply(discord.slashCommand("tips")
                .subcommand("set")
                .option("channel", "300000000000000077")
                .option("time", "09:00")
                .option("timezone", "Europe/Berlin")
                .by(Invoker.ADMIN));

        assertThat(badTime.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(text(badTime)).contains("HH:mm");
        assertThat(text(unknownChannel)).contains("not a text channel of this server that studybot can see");
    }

    @Test
    void timezonesAreCompletedAsAdminsType() {
        JsonNode callback = discord.awaitCallback(
                        discord.autocomplete("tips")
                                .subcommand("set")
                                .focus("timezone", "new y")
                                .send(),
                        WAIT)
                .json();

        JsonNode choices = callback.path("data").path("choices");
        assertThat(choices).hasSizeBetween(1, 25);
        assertThat(choices.get(0).path("value").asText()).isEqualTo("America/New_York");
    }

    @Test
    void anUnusableStoreStopsStartupNamingTheFile(@TempDir Path other) throws Exception {
        Files.writeString(
                other.resolve(Stores.SQLITE_FILE), "not a database, just text".repeat(100), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Stores.open(
                        bot.config().store(),
                        other,
                        Map.of(),
                        List.of(DailyTipService.MIGRATIONS, SharedPostingRate.MIGRATIONS),
                        clock))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(other.resolve(Stores.SQLITE_FILE).toString())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private JsonNode set(Invoker who, String time) {
        return bot.setTips(who, time);
    }

    private JsonNode tips(String subcommand, Invoker who) {
        return reply(discord.slashCommand("tips").subcommand(subcommand).by(who));
    }

    private JsonNode reply(InteractionBuilder interaction) {
        return bot.reply(interaction);
    }

    private Predicate<RecordedRequest> post() {
        return bot.post();
    }
}
