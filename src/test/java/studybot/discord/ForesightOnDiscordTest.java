package studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import studybot.OfflineStudybot;
import studybot.book.Book;
import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.Feature;
import studybot.command.OptionSpec;
import studybot.command.OptionValues;
import studybot.command.Reach;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.SentInteraction;
import studybot.reply.Reply;
import studybot.testing.FakeDiscordExtension;
import studybot.testing.LogCapture;
import studybot.testing.OfflineStudybotExtension;
import studybot.testing.Started;

/**
 * A command's early work ({@link BotCommand#foresee}) runs on the foresight thread, in the order the interactions
 * arrived, never on JDA's gateway thread; early work that fails loses only its head start.
 */
class ForesightOnDiscordTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    /** Each foresee call: the thread it ran on and the option it saw. */
    private final List<String> foreseen = new CopyOnWriteArrayList<>();

    @RegisterExtension
    final FakeDiscordExtension fake = FakeDiscordExtension.standard();

    @RegisterExtension
    final OfflineStudybotExtension offline = OfflineStudybotExtension.shipped();

    @Started
    private FakeDiscord discord;

    private DiscordBot bot;

    @BeforeEach
    void connect(OfflineStudybot running) throws Exception {
        bot = running.connect(discord, running.studybot().registry().with(new ForeseeingFeature()), answered -> {});
    }

    @AfterEach
    void disconnect() throws Exception {
        bot.shutdown(WAIT);
    }

    @Test
    void earlyWorkRunsOnTheForesightThreadInArrivalOrder() {
        List<SentInteraction> sent = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sent.add(discord.slashCommand("ahead").option("question", "q" + i).send());
            expected.add("studybot-foresight-1 q" + i);
        }

        for (SentInteraction interaction : sent) {
            discord.awaitCallback(interaction, WAIT);
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(foreseen).containsExactlyElementsOf(expected));
    }

    @Test
    void earlyWorkThatFailsIsLoggedAndTheCommandIsAnsweredAllTheSame() {
        SentInteraction sent;
        String description;
        try (LogCapture log = LogCapture.of(RegistryInteractions.class)) {
            sent = discord.slashCommand("ahead").option("question", "fail").send();
            description = discord.awaitCallback(sent, WAIT)
                    .json()
                    .path("data")
                    .path("embeds")
                    .get(0)
                    .path("description")
                    .asText();
            assertThat(log.messages(Level.WARN))
                    .singleElement()
                    .asString()
                    .isEqualTo("Could not start early work for /ahead on interaction " + sent.id());
        }
        assertThat(description).isEqualTo("Answered fail");
    }

    /** A command that notes where its early work ran, and fails it when asked to. */
    private final class ForeseeingFeature implements Feature {

        @Override
        public List<BotCommand> commands() {
            return List.of(new BotCommand() {
                @Override
                public CommandSpec spec() {
                    return CommandSpec.of(
                            "ahead",
                            "Starts early",
                            Access.EVERYONE,
                            Reach.EVERYWHERE,
                            OptionSpec.text("question", "What to start", 100));
                }

                @Override
                public void foresee(OptionValues options, Book book) {
                    String question = options.text("question");
                    if (question.equals("fail")) {
                        throw new IllegalStateException("no head start");
                    }
                    foreseen.add(Thread.currentThread().getName() + " " + question);
                }

                @Override
                public Reply answer(CommandCall call) {
                    return Reply.content("Ahead", "Answered " + call.options().text("question"));
                }
            });
        }
    }
}
