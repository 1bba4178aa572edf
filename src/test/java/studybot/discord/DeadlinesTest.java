package studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import studybot.OfflineStudybot;
import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.Feature;
import studybot.command.Reach;
import studybot.discord.fake.Failure;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.RecordedRequest;
import studybot.discord.fake.SentInteraction;
import studybot.reply.Reply;
import studybot.stats.Interaction;
import studybot.stats.Outcome;
import studybot.testing.FakeDiscordExtension;
import studybot.testing.LogCapture;
import studybot.testing.OfflineStudybotExtension;
import studybot.testing.Started;

/** Slow and failing handlers, through the real responder and JDA: acknowledged in time, never left hanging. */
class DeadlinesTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int CHANNEL_MESSAGE = 4;
    private static final int DEFERRED_CHANNEL_MESSAGE = 5;
    private static final int EPHEMERAL = 1 << 6;

    private final List<Interaction> answered = new CopyOnWriteArrayList<>();

    @RegisterExtension
    final FakeDiscordExtension fake = FakeDiscordExtension.standard();

    @RegisterExtension
    final OfflineStudybotExtension offline = OfflineStudybotExtension.shipped();

    @Started
    private FakeDiscord discord;

    private DiscordBot bot;

    @BeforeEach
    void connect(OfflineStudybot running) throws Exception {
        bot = running.connect(discord, running.studybot().registry().with(new TroubleFeature()), answered::add);
    }

    @AfterEach
    void disconnect() throws Exception {
        bot.shutdown(WAIT);
    }

    @Test
    void aSlowHandlerIsDeferredFirstThenEdited() {
        SentInteraction sent = discord.slashCommand("slow").send();

        RecordedRequest callback = discord.awaitCallback(sent, WAIT);
        assertThat(callback.json().path("type").asInt()).isEqualTo(DEFERRED_CHANNEL_MESSAGE);
        JsonNode edit = discord.awaitOriginalEdit(sent, WAIT).json();
        assertThat(edit.path("embeds").get(0).path("title").asText()).isEqualTo("Worth the wait");
    }

    @Test
    void aQuickHandlerIsDeferredFirstWhenTheGatewayHandsItsInteractionOverLate() {
        SentInteraction onTime = discord.slashCommand("quick").send();
        assertThat(discord.awaitCallback(onTime, WAIT).json().path("type").asInt())
                .isEqualTo(CHANNEL_MESSAGE);

        // The lag counts from the youngest interaction seen, here the first, which a loaded machine may itself hand
        // over a second or two late: the late one is older than that by far more than the 1.5 s deferral time.
        SentInteraction late =
                discord.slashCommand("quick").createdAgo(Duration.ofSeconds(10)).send();

        RecordedRequest callback = discord.awaitCallback(late, WAIT);
        assertThat(callback.json().path("type").asInt()).isEqualTo(DEFERRED_CHANNEL_MESSAGE);
        JsonNode edit = discord.awaitOriginalEdit(late, WAIT).json();
        assertThat(edit.path("embeds").get(0).path("title").asText()).isEqualTo("Right away");
    }

    @Test
    void aThrowingHandlerGetsAPrivateApologyWithTheInteractionId() {
        JsonNode data;
        SentInteraction sent;
        try (LogCapture log = LogCapture.of(InteractionResponder.class)) {
            sent = discord.slashCommand("broken").send();
            data = discord.awaitCallback(sent, WAIT).json().path("data");
            assertThat(log.messages(Level.ERROR))
                    .singleElement()
                    .asString()
                    .isEqualTo("Handler for /broken failed on interaction " + sent.id());
        }
        assertThat(data.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(data.path("embeds").get(0).path("description").asText())
                .contains("Sorry")
                .contains(sent.id());
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(answered).anySatisfy(interaction -> {
                    assertThat(interaction.command()).isEqualTo("broken");
                    assertThat(interaction.outcome()).isEqualTo(Outcome.ERROR);
                }));
    }

    @Test
    void anEditAfterADeferralThatDiscordFailsOnceWithAServerErrorIsSentAgain() {
        discord.rest().failNext("PATCH", "webhooks/.*/messages/@original", 1, Failure.serverError(500));
        SentInteraction sent = discord.slashCommand("slow").send();

        RecordedRequest delivered =
                discord.rest().awaitRequest(r -> r.at("PATCH", sent.originalMessagePath()) && r.status() == 200, WAIT);
        assertThat(delivered.json().path("embeds").get(0).path("title").asText())
                .isEqualTo("Worth the wait");
        assertThat(discord.rest().requests().matching(r -> r.at("PATCH", sent.originalMessagePath())))
                .extracting(RecordedRequest::status)
                .containsExactly(500, 200);
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(answered)
                        .anySatisfy(
                                interaction -> assertThat(interaction.outcome()).isEqualTo(Outcome.OK)));
    }

    @Test
    void anEditThatKeepsFailingIsLoggedAndRecordedAsNotDelivered() {
        discord.rest().failNext("PATCH", "webhooks/.*/messages/@original", 10, Failure.serverError(500));
        try (LogCapture log = LogCapture.of(InteractionResponder.class)) {
            SentInteraction sent = discord.slashCommand("slow").send();

            await().atMost(WAIT)
                    .untilAsserted(() -> assertThat(log.messages(Level.WARN))
                            .containsExactly("Interaction " + sent.id()
                                    + " (/slow): the answer was not delivered, Discord answered HTTP 500"));
            assertThat(discord.rest().requests().matching(r -> r.at("PATCH", sent.originalMessagePath())))
                    .as("sent four times in all, then given up")
                    .hasSize(4);
        }
        assertThat(answered).singleElement().satisfies(interaction -> {
            assertThat(interaction.command()).isEqualTo("slow");
            assertThat(interaction.outcome()).isEqualTo(Outcome.UNDELIVERED);
        });
    }

    @Test
    void anAcknowledgementThatDiscordFailsOnceWithAServerErrorIsSentAgainInTime() {
        discord.rest().failNext("POST", "interactions/.*/callback", 1, Failure.serverError(500));
        SentInteraction sent = discord.slashCommand("quick").send();

        RecordedRequest callback = discord.awaitCallback(sent, WAIT);
        assertThat(callback.json().path("type").asInt()).isEqualTo(CHANNEL_MESSAGE);
        assertThat(callback.json()
                        .path("data")
                        .path("embeds")
                        .get(0)
                        .path("title")
                        .asText())
                .isEqualTo("Right away");
        assertThat(discord.rest().requests().matching(r -> r.at("POST", sent.callbackPath())))
                .extracting(RecordedRequest::status)
                .containsExactly(500, 200);
    }

    @Test
    void anAcknowledgementFailedTooCloseToItsDeadlineIsNotSentAgain() throws Exception {
        discord.awaitCallback(discord.slashCommand("quick").send(), WAIT);
        discord.rest().failNext("POST", "interactions/.*/callback", 1, Failure.serverError(500));
        try (LogCapture log = LogCapture.of(InteractionResponder.class)) {
            SentInteraction late = discord.slashCommand("quick")
                    .createdAgo(Duration.ofMillis(2900))
                    .send();

            await().atMost(WAIT)
                    .until(() ->
                            answered.stream().anyMatch(interaction -> interaction.outcome() == Outcome.UNDELIVERED));
            assertThat(log.messages(Level.WARN))
                    .as("one line: the answer that could not follow is not another")
                    .containsExactly(
                            "Interaction " + late.id() + ": a reply was not delivered, Discord answered HTTP 500");
            assertThat(discord.rest().requests().matching(r -> r.at("POST", late.callbackPath())))
                    .as("a retry could not arrive within Discord's three seconds")
                    .extracting(RecordedRequest::status)
                    .containsExactly(500);
        }
    }

    @Test
    void anExpiredInteractionIsOneReadableLine() {
        discord.rest().failNext("POST", "interactions/.*/callback", 1, Failure.unknownInteraction());
        try (LogCapture log = LogCapture.of(Level.WARN, "studybot", "net.dv8tion")) {
            SentInteraction sent = discord.slashCommand("quick").send();

            await().atMost(WAIT)
                    .until(() ->
                            answered.stream().anyMatch(interaction -> interaction.outcome() == Outcome.UNDELIVERED));
            assertThat(log.events()).singleElement().satisfies(line -> {
                assertThat(line.getFormattedMessage())
                        .isEqualTo(
                                "Interaction " + sent.id() + " (/quick) expired before it could be answered (10062)");
                assertThat(line.getThrowableProxy()).isNull();
            });
        }
    }

    @Test
    void shutdownFinishesTheInteractionInFlightAndTurnsNewOnesAway() throws Exception {
        SentInteraction inFlight = discord.slashCommand("slow").send();
        assertThat(discord.awaitCallback(inFlight, WAIT).json().path("type").asInt())
                .isEqualTo(DEFERRED_CHANNEL_MESSAGE);

        Thread stopping = new Thread(() -> {
            try {
                bot.shutdown(WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        stopping.start();
        // the drain turns new interactions away before it waits for the one in flight (a timed wait)
        await().atMost(WAIT).until(() -> stopping.getState() == Thread.State.TIMED_WAITING);
        SentInteraction late =
                discord.slashCommand("section").option("number", "20.4").send();

        assertThat(discord.awaitOriginalEdit(inFlight, WAIT)
                        .json()
                        .path("embeds")
                        .get(0)
                        .path("title")
                        .asText())
                .isEqualTo("Worth the wait");
        JsonNode refusal = discord.awaitCallback(late, WAIT).json().path("data");
        assertThat(refusal.path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(refusal.path("embeds").get(0).path("description").asText()).contains("restarting");
        stopping.join(WAIT.toMillis());
        assertThat(stopping.isAlive()).isFalse();
    }

    /** Commands that misbehave, and one that answers at once, registered like any feature. */
    private static final class TroubleFeature implements Feature {

        @Override
        public List<BotCommand> commands() {
            return List.of(
                    command("slow", "Takes its time", () -> {
                        sleep(Duration.ofMillis(2500));
                        return Reply.content("Worth the wait", "Done.");
                    }),
                    command("quick", "Answers at once", () -> Reply.content("Right away", "Done.")),
                    command("broken", "Always fails", () -> {
                        throw new IllegalStateException("boom");
                    }));
        }

        private static BotCommand command(String name, String description, Supplier<Reply> answer) {
            return new BotCommand() {
                @Override
                public CommandSpec spec() {
                    return CommandSpec.of(name, description, Access.EVERYONE, Reach.EVERYWHERE);
                }

                @Override
                public Reply answer(CommandCall call) {
                    return answer.get();
                }
            };
        }

        private static void sleep(Duration duration) {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
