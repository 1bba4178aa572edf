package studybot.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.FileUpload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import studybot.config.ShardsConfig;
import studybot.discord.connect.DiscordConnection;
import studybot.discord.connect.DiscordConnector;
import studybot.discord.connect.DiscordEndpoints;
import studybot.testing.FakeDiscordExtension;
import studybot.testing.LogCapture;
import studybot.testing.Started;

/** Checks the fake's REST routes by driving them with the real JDA, as the bot's features will. */
class FakeDiscordTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    final FakeDiscordExtension fake = FakeDiscordExtension.standard();

    @Started
    private FakeDiscord discord;

    private DiscordConnection connection;

    @AfterEach
    void stopTheBot() throws InterruptedException {
        if (connection != null) {
            connection.shutdown(WAIT);
        }
    }

    @Test
    void channelMessagesWithTheSameNonceAreCreatedOnce() throws Exception {
        TextChannel channel = connect().getTextChannelById(discord.world().channelId());

        Message first =
                channel.sendMessage("Daily tip").setNonce("tip-2024-09-01").complete();
        Message retried =
                channel.sendMessage("Daily tip").setNonce("tip-2024-09-01").complete();
        Message next =
                channel.sendMessage("Daily tip").setNonce("tip-2024-09-02").complete();

        assertThat(first.getContentRaw()).isEqualTo("Daily tip");
        assertThat(retried.getId()).isEqualTo(first.getId());
        assertThat(next.getId()).isNotEqualTo(first.getId());
        RecordedRequest request = discord.rest().awaitRequest(r -> r.is("POST", "channels/\\d+/messages"), WAIT);
        assertThat(request.json().path("enforce_nonce").asBoolean()).isTrue();
    }

    @Test
    void deletedAndForbiddenChannelsAnswerDiscordsErrors() throws Exception {
        TextChannel channel = connect().getTextChannelById(discord.world().channelId());

        discord.rest().forbidChannel(channel.getId());
        assertThatThrownBy(() -> channel.sendMessage("tip").complete())
                .isInstanceOfSatisfying(
                        ErrorResponseException.class,
                        e -> assertThat(e.getErrorResponse()).isEqualTo(ErrorResponse.MISSING_PERMISSIONS));

        discord.rest().deleteChannel(channel.getId());
        assertThatThrownBy(() -> channel.sendMessage("tip").complete())
                .isInstanceOfSatisfying(
                        ErrorResponseException.class,
                        e -> assertThat(e.getErrorResponse()).isEqualTo(ErrorResponse.UNKNOWN_CHANNEL));
    }

    @Test
    void serverErrorsAreRetriedByJda() throws Exception {
        TextChannel channel = connect().getTextChannelById(discord.world().channelId());
        discord.rest().failNext("POST", "channels/\\d+/messages", 2, Failure.serverError(502));

        assertThat(channel.sendMessage("tip").complete().getContentRaw()).isEqualTo("tip");

        assertThat(discord.rest().requests().matching(r -> r.is("POST", "channels/\\d+/messages")))
                .extracting(RecordedRequest::status)
                .containsExactly(502, 502, 200);
    }

    @Test
    void unknownRoutesAnswer404InsteadOfHanging() throws Exception {
        JDA jda = connect();

        try (LogCapture log = LogCapture.of(FakeRest.class)) {
            assertThatThrownBy(() -> jda.retrieveUserById("123456789012345678").complete())
                    .isInstanceOfSatisfying(
                            ErrorResponseException.class,
                            e -> assertThat(e.getErrorCode()).isZero());
            assertThat(log.messages(Level.WARN)).singleElement().asString().contains("no route for GET users/");
        }
        assertThat(discord.rest().requests().matching(r -> r.at("GET", "users/123456789012345678")))
                .extracting(RecordedRequest::status)
                .containsExactly(404);
    }

    @Test
    void globalAndGuildCommandsAreStoredAndListed() throws Exception {
        JDA jda = connect();

        List<Command> global = jda.updateCommands()
                .addCommands(Commands.slash("section", "Show a section of the book")
                        .addOption(OptionType.STRING, "number", "Section number, e.g. 20.4", true, true))
                .complete();
        List<Command> guild = jda.getGuildById(discord.world().guildId())
                .updateCommands()
                .addCommands(Commands.slash("config", "Configure the daily tip"))
                .complete();

        assertThat(global).extracting(Command::getName).containsExactly("section");
        assertThat(global.get(0).getOptions().get(0).isAutoComplete()).isTrue();
        assertThat(guild).extracting(Command::getName).containsExactly("config");
        assertThat(jda.retrieveCommands().complete())
                .extracting(Command::getId)
                .containsExactly(global.get(0).getId());
        assertThat(discord.rest().guildCommands(discord.world().guildId()))
                .extracting(command -> command.path("name").asText())
                .containsExactly("config");
    }

    @Test
    void deferredReplyEditOriginalAndFollowupReachTheirWebhooks() throws Exception {
        connect(new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                InteractionHook hook = event.deferReply().complete();
                hook.editOriginal("Found it").complete();
                hook.sendMessage("One more thing").queue();
            }
        });

        SentInteraction sent =
                discord.slashCommand("search").option("query", "pooling").send();

        assertThat(discord.awaitCallback(sent, WAIT).json().path("type").asInt())
                .isEqualTo(5);
        RecordedRequest edit = discord.awaitOriginalEdit(sent, WAIT);
        assertThat(edit.json().path("content").asText()).isEqualTo("Found it");
        assertThat(edit.status()).isEqualTo(200);
        RecordedRequest followup = discord.awaitFollowup(sent, WAIT);
        assertThat(followup.json().path("content").asText()).isEqualTo("One more thing");
        assertThat(followup.json().path("allowed_mentions").path("parse")).isEmpty();
    }

    @Test
    void replyWithAFileArrivesAsMultipart() throws Exception {
        connect(new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                event.reply("The whole section is attached")
                        .addFiles(FileUpload.fromData(
                                "Pooling reuses connections.".getBytes(StandardCharsets.UTF_8), "section-20.4.txt"))
                        .queue();
            }
        });

        SentInteraction sent =
                discord.slashCommand("section").option("number", "20.4").send();

        RecordedRequest callback = discord.awaitCallback(sent, WAIT);
        assertThat(callback.header("content-type")).startsWith("multipart/form-data");
        assertThat(callback.json().path("type").asInt()).isEqualTo(4);
        assertThat(callback.json().path("data").path("content").asText()).isEqualTo("The whole section is attached");
        assertThat(callback.files()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("section-20.4.txt");
            assertThat(file.text()).isEqualTo("Pooling reuses connections.");
        });
    }

    @Test
    void aMessageWithAFileIsAnsweredWithItsAttachmentAsDiscordMakesIt() throws Exception {
        TextChannel channel = connect().getTextChannelById(discord.world().channelId());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

        Message sent = channel.sendFiles(FileUpload.fromData(png, "chart.png").setDescription("A line chart"))
                .complete();

        assertThat(sent.getAttachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.getFileName()).isEqualTo("chart.png");
            assertThat(attachment.getSize()).isEqualTo(png.length);
            assertThat(attachment.getDescription()).isEqualTo("A line chart");
            assertThat(attachment.getUrl()).endsWith("/chart.png");
        });
    }

    private JDA connect(ListenerAdapter... listeners) throws Exception {
        connection = new DiscordConnector(
                        DiscordEndpoints.fromEnvironment(discord.environment()), ShardsConfig.automatic())
                .connect(List.of(listeners));
        assertThat(connection.awaitConnected(WAIT)).isTrue();
        return connection.shardManager().getShardById(0);
    }
}
