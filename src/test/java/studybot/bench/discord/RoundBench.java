package studybot.bench.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import studybot.dailytips.MutableClock;
import studybot.dailytips.discord.StudybotOnFakeDiscord;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.RecordedRequest;
import studybot.discord.fake.SentInteraction;
import studybot.testing.TempFolder;

/**
 * A round with many players against the fake Discord: the real JDA and wiring, a SQLite store in a temp folder, and
 * {@code members} members clicking each question's buttons as fast as the fake can dispatch them. It reports how long
 * the clicks took to be acknowledged (the question message's update, or a deferral) and answered (the private "locked
 * in"), and how many requests the round sent to the channel itself, the ones Discord's per-channel rate limit counts.
 * Not a JUnit test. Run from the project folder:
 *
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath studybot.bench.discord.RoundBench 200 3"
 * </pre>
 *
 * Arguments: members (200), questions (3), the milliseconds each question's clicks are spread over (5000; 0 sends them
 * all at once).
 */
public final class RoundBench {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final int UPDATE_MESSAGE = 7;
    private static final int DEFERRED = 5;

    private RoundBench() {}

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int questions = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long spreadMillis = args.length > 2 ? Long.parseLong(args[2]) : 5000;
        try (TempFolder data = TempFolder.create();
                StudybotOnFakeDiscord bot =
                        StudybotOnFakeDiscord.start(data.path(), Instant.parse("2026-12-01T18:00:00Z"))) {
            run(bot.discord(), bot.clock(), members, questions, spreadMillis);
        }
    }

    private static void run(FakeDiscord discord, MutableClock clock, int members, int questions, long spreadMillis)
            throws InterruptedException {
        discord.awaitCallback(
                discord.slashCommand("round")
                        .subcommand("start")
                        .option("questions", questions)
                        .option("seconds", 120)
                        .by(Invoker.OWNER)
                        .send(),
                WAIT);
        List<Long> acknowledgedMillis = new ArrayList<>();
        List<Long> lockedInMillis = new ArrayList<>();
        int deferred = 0;
        int busy = 0;
        long started = System.nanoTime();
        for (int question = 1; question <= questions; question++) {
            clock.advance(Duration.ofSeconds(5));
            discord.rest()
                    .requests()
                    .awaitCount(
                            request -> request.is("POST", "channels/\\d+/messages")
                                    && !request.json()
                                            .path("embeds")
                                            .path(0)
                                            .path("title")
                                            .asText()
                                            .startsWith("Round"),
                            question,
                            WAIT);
            JsonNode message = discord.rest().createdMessages().get(question - 1);
            List<JsonNode> buttons = StudybotOnFakeDiscord.buttons(message).toList();
            List<SentInteraction> clicks = new ArrayList<>();
            List<Long> sentAt = new ArrayList<>();
            long questionStart = System.nanoTime();
            for (int member = 0; member < members; member++) {
                long due = questionStart + spreadMillis * 1_000_000 * member / members;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                sentAt.add(System.nanoTime());
                clicks.add(discord.buttonClick(buttons.get(member % buttons.size())
                                .path("custom_id")
                                .asText())
                        .onMessage(message)
                        .byMember(member + 1)
                        .send());
            }
            for (int i = 0; i < clicks.size(); i++) {
                RecordedRequest callback = discord.awaitCallback(clicks.get(i), WAIT);
                int type = callback.json().path("type").asInt();
                RecordedRequest lockedIn;
                if (type == UPDATE_MESSAGE) {
                    lockedIn = discord.awaitFollowup(clicks.get(i), WAIT);
                } else if (type == DEFERRED) {
                    deferred++;
                    lockedIn = discord.awaitOriginalEdit(clicks.get(i), WAIT);
                } else {
                    busy++;
                    continue;
                }
                acknowledgedMillis.add((callback.receivedNanos() - sentAt.get(i)) / 1_000_000);
                lockedInMillis.add((lockedIn.receivedNanos() - sentAt.get(i)) / 1_000_000);
            }
            clock.advance(Duration.ofSeconds(122));
            String messageId = message.path("id").asText();
            discord.rest().awaitRequest(request -> request.is("PATCH", "channels/\\d+/messages/" + messageId), WAIT);
        }
        discord.rest()
                .requests()
                .awaitCount(request -> request.is("POST", "channels/\\d+/messages"), questions + 1, WAIT);
        long took = (System.nanoTime() - started) / 1_000_000;
        List<RecordedRequest> channel =
                discord.rest().requests().matching(request -> request.path().startsWith("channels/"));
        long limited = discord.rest()
                .requests()
                .matching(request -> request.status() == 429)
                .size();
        acknowledgedMillis.sort(null);
        lockedInMillis.sort(null);
        System.out.printf(
                Locale.ROOT,
                "%d members x %d questions, each question's clicks spread over %d ms: %d"
                        + " counted (%d of them deferred, without the \"N answered\" update), %d told the store is"
                        + " busy; round wall time %d ms%n",
                members,
                questions,
                spreadMillis,
                lockedInMillis.size(),
                deferred,
                busy,
                took);
        System.out.printf(
                Locale.ROOT,
                "acknowledged (question message update, or deferral): p50 %d ms, p99 %d ms," + " max %d ms%n",
                pct(acknowledgedMillis, 50),
                pct(acknowledgedMillis, 99),
                acknowledgedMillis.get(acknowledgedMillis.size() - 1));
        System.out.printf(
                Locale.ROOT,
                "private \"locked in\": p50 %d ms, p99 %d ms, max %d ms%n",
                pct(lockedInMillis, 50),
                pct(lockedInMillis, 99),
                lockedInMillis.get(lockedInMillis.size() - 1));
        System.out.printf(
                Locale.ROOT,
                "requests to the channel itself: %d (%s); HTTP 429 answers: %d%n",
                channel.size(),
                channel.stream().map(request -> request.method()).toList(),
                limited);
    }

    private static long pct(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
