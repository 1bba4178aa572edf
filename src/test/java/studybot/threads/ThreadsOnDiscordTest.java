package studybot.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.EPHEMERAL;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.WAIT;
import static studybot.dailytips.discord.StudybotOnFakeDiscord.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.dailytips.DailyTipService;
import studybot.dailytips.discord.StudybotOnFakeDiscord;
import studybot.discord.fake.Failure;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.RecordedRequest;
import studybot.discord.openapi.DiscordOpenApi;
import studybot.testing.LogCapture;

/**
 * Issue 21 §2 end to end, through the real JDA and the fake Discord (every request checked against Discord's OpenAPI
 * description): the digest opens its thread once, across a failure and a restart; without the permissions it is posted
 * as before and the statuses say what to grant; {@code /discuss} opens, links, reopens and refuses.
 */
class ThreadsOnDiscordTest {

    /** 09:00 in Berlin (CET, UTC+1); the post is set for 09:01. */
    private static final Instant START = Instant.parse("2025-03-10T08:00:00Z");

    private static final Predicate<RecordedRequest> THREAD =
            request -> request.is("POST", "channels/\\d+/messages/\\d+/threads");

    @TempDir
    Path dataFolder;

    private StudybotOnFakeDiscord bot;
    private FakeDiscord discord;
    private LogCapture log;

    @BeforeEach
    void start() throws Exception {
        log = LogCapture.of(DailyTipService.class, DigestThreadOpener.class, DiscussionThreads.class);
        bot = StudybotOnFakeDiscord.start(dataFolder, START);
        discord = bot.discord();
    }

    @AfterEach
    void stop() {
        try {
            bot.close();
        } finally {
            log.close();
        }
    }

    @Test
    void theDigestOpensItsThreadOnceAcrossAFailureAndARestart() throws Exception {
        setUpDigest();
        grantThreads();
        String threadMessages = "channels/\\d+/messages";
        discord.rest()
                .failNext(
                        "POST",
                        "channels/(?!" + discord.world().channelId() + ")\\d+/messages",
                        1,
                        Failure.serverError(500));

        bot.clock().advance(Duration.ofMinutes(2));
        RecordedRequest digest = discord.rest().awaitRequest(bot.post(), WAIT);
        RecordedRequest opened = discord.rest().awaitRequest(THREAD, WAIT);
        DiscordOpenApi.assertConforms(opened);
        String messageId = discord.rest().createdMessages().get(0).path("id").asText();
        assertThat(opened.path()).endsWith("/messages/" + messageId + "/threads");
        assertThat(opened.json().path("name").asText())
                .startsWith("Discuss 20.4–20.5: Replication Groups: Primary Node and Read Replicas, Redis")
                .endsWith("…")
                .hasSizeLessThanOrEqualTo(100);
        assertThat(opened.json().path("auto_archive_duration").asInt()).isEqualTo(1440);
        assertThat(digest.json().path("enforce_nonce").asBoolean()).isTrue();
        bot.tipService().runDue(); // returns once the pass that failed the thread's first message is done

        bot.stopBot();
        bot.clock().advance(Duration.ofMinutes(5));
        bot.startBot();
        bot.clock().advance(Duration.ofMinutes(10));
        discord.rest().awaitRequest(request -> THREAD.test(request) && request.status() == 400, WAIT);
        bot.tipService().runDue();

        List<RecordedRequest> threads = discord.rest().requests().matching(THREAD);
        assertThat(threads).as("asked again after the restart").hasSize(2);
        assertThat(threads.get(1).status())
                .as("Discord's 160004: already created")
                .isEqualTo(400);
        assertThat(discord.rest().createdThreads()).as("one thread").hasSize(1);
        assertThat(discord.rest().createdMessages())
                .as("the digest once (its resend is the same message), the thread's first message once")
                .hasSize(2);
        ObjectNode first = discord.rest().createdMessages().get(1);
        assertThat(first.path("channel_id").asText()).isEqualTo(messageId);
        assertThat(first.path("content").asText())
                .contains("**20.4 Replication Groups")
                .contains("Discuss: ")
                .contains(" Why? What breaks without it?");
        discord.rest()
                .requests()
                .matching(request -> request.is("POST", threadMessages))
                .forEach(DiscordOpenApi::assertConforms);
        assertThat(storedThreadIds()).containsExactly(Long.parseLong(messageId));

        JsonNode linked = bot.reply(
                discord.slashCommand("discuss").option("section", "20.5").by(Invoker.MEMBER));
        assertThat(text(linked)).contains("is discussed in <#" + messageId + ">");
        assertThat(discord.rest().createdThreads()).hasSize(1);
    }

    @Test
    void withoutThePermissionsTheDigestIsPostedAloneAndTheStatusesSayWhatToGrant() {
        setUpDigest();

        String tips =
                text(bot.reply(discord.slashCommand("tips").subcommand("status").by(Invoker.ADMIN)));
        String plan =
                text(bot.reply(discord.slashCommand("plan").subcommand("status").by(Invoker.ADMIN)));
        assertThat(List.of(tips, plan))
                .allSatisfy(status -> assertThat(status)
                        .contains("Discussion threads")
                        .contains("Create Public Threads and Send Messages in Threads"));
        assertThat(List.of("tips", "plan"))
                .as("a German admin reads it in German")
                .allSatisfy(
                        command -> assertThat(text(bot.reply(discord.slashCommand(command)
                                        .subcommand("status")
                                        .by(Invoker.ADMIN)
                                        .userLocale("de"))))
                                .contains(
                                        "braucht studybot „Öffentliche Threads erstellen“ und „Nachrichten in Threads senden“"));

        bot.clock().advance(Duration.ofMinutes(2));
        discord.rest().awaitRequest(bot.post(), WAIT);
        bot.tipService().runDue();
        assertThat(discord.rest().requests().matching(THREAD)).isEmpty();
        assertThat(storedThreadIds()).containsExactly(0L);

        JsonNode refused = bot.reply(
                discord.slashCommand("discuss").option("section", "20.4").by(Invoker.MEMBER));
        assertThat(refused.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(text(refused)).contains("Create Public Threads");
    }

    @Test
    void discussOpensLinksReopensAndRecreatesWithinTheLimits() {
        bot.setTips(Invoker.ADMIN, "09:01");
        grantThreads();

        JsonNode opened = bot.reply(
                discord.slashCommand("discuss").option("section", "20.4").by(Invoker.MEMBER));
        assertThat(text(opened)).contains("Opened <#").contains("to discuss 20.4");
        assertThat(discord.rest().createdThreads())
                .singleElement()
                .satisfies(thread ->
                        assertThat(thread.path("name").asText()).startsWith("Discuss 20.4: Replication Groups"));
        String threadId = discord.rest().createdThreads().get(0).path("id").asText();
        discord.rest().requests().matching(THREAD).forEach(DiscordOpenApi::assertConforms);

        discord.rest().archiveThread(threadId);
        JsonNode reopened = bot.reply(
                discord.slashCommand("discuss").option("section", "20.4").by(Invoker.ADMIN));
        assertThat(text(reopened)).contains("is discussed in <#" + threadId + ">");
        assertThat(discord.rest().threadArchived(threadId)).isFalse();
        discord.rest()
                .requests()
                .matching(request -> request.is("PATCH", "channels/\\d+"))
                .forEach(DiscordOpenApi::assertConforms);

        discord.rest().deleteThread(threadId);
        JsonNode recreated = bot.reply(
                discord.slashCommand("discuss").option("section", "20.4").by(Invoker.MEMBER));
        assertThat(text(recreated)).contains("Opened <#");
        assertThat(discord.rest().createdThreads()).hasSize(2);

        JsonNode restricted = bot.reply(
                discord.slashCommand("discuss").option("managers_only", true).by(Invoker.MEMBER));
        assertThat(text(restricted)).contains("Only members with Manage Server");
        bot.reply(discord.slashCommand("discuss").option("managers_only", true).by(Invoker.ADMIN));
        JsonNode memberRefused = bot.reply(
                discord.slashCommand("discuss").option("section", "20.5").by(Invoker.MEMBER));
        assertThat(text(memberRefused)).contains("only members with Manage Server may open");
        JsonNode memberLinked = bot.reply(
                discord.slashCommand("discuss").option("section", "20.4").by(Invoker.MEMBER));
        assertThat(text(memberLinked)).as("links stay open to everyone").contains("is discussed in");

        List<String> answers = new ArrayList<>();
        for (String section : List.of("20.5", "20.6", "20.7", "62.1", "62.2")) {
            answers.add(text(bot.reply(
                    discord.slashCommand("discuss").option("section", section).by(Invoker.ADMIN))));
        }
        assertThat(answers.subList(0, 3))
                .allSatisfy(answer -> assertThat(answer).contains("Opened <#"));
        assertThat(answers.get(4)).contains("opened 5 discussion threads in the last 24 hours");

        JsonNode bad = bot.reply(
                discord.slashCommand("discuss").option("section", "99.9").by(Invoker.MEMBER));
        assertThat(text(bad)).contains("The book has no section \"99.9\"");
    }

    private void setUpDigest() {
        bot.setTips(Invoker.ADMIN, "09:01");
        bot.reply(discord.slashCommand("plan")
                .subcommand("set")
                .option("start", "20.4")
                .option("pace", "2")
                .by(Invoker.ADMIN));
    }

    /** Grants the bot's role the thread permissions and waits until {@code /tips status} no longer asks for them. */
    private void grantThreads() {
        discord.grantBotThreads();
        long until = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() - until < 0) {
            String status = text(
                    bot.reply(discord.slashCommand("tips").subcommand("status").by(Invoker.ADMIN)));
            if (!status.contains("Discussion threads")) {
                return;
            }
        }
        throw new AssertionError("studybot never saw the thread permissions");
    }

    /** The thread id of every daily post, 0 for none. */
    private List<Long> storedThreadIds() {
        return bot.store().inTransaction(connection -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select =
                            connection.prepareStatement("SELECT thread_id FROM daily_tip_posts ORDER BY local_date");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        });
    }
}
