package studybot.discord.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.utils.FileUpload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import studybot.command.Access;
import studybot.command.CommandSpec;
import studybot.command.OptionSpec;
import studybot.command.Reach;
import studybot.command.SubcommandSpec;
import studybot.config.ShardsConfig;
import studybot.discord.CommandRegistrar;
import studybot.discord.SlashCommands;
import studybot.discord.connect.DiscordConnection;
import studybot.discord.connect.DiscordConnector;
import studybot.discord.connect.DiscordEndpoints;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.RecordedRequest;
import studybot.discord.fake.SentInteraction;
import studybot.testing.FakeDiscordExtension;
import studybot.testing.Started;

/**
 * Connects the real JDA to {@link FakeDiscord}, drives every kind of request the bot makes (command registration, an
 * embed-and-buttons reply, an edit of it, a followup, a channel message with an enforced nonce, autocomplete, a button
 * click answered by editing the message) and checks that every body JDA put on the wire conforms to Discord's OpenAPI
 * description.
 */
class JdaConformsToOpenApiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final List<CommandData> COMMANDS = commands();

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

    /** The bot's own slash-command translation, plus a moderators-only command as the bot's config command is. */
    private static List<CommandData> commands() {
        List<CommandData> commands = new ArrayList<>(SlashCommands.of(
                List.of(
                        CommandSpec.of(
                                "search",
                                "Search the book",
                                Access.EVERYONE,
                                Reach.EVERYWHERE,
                                OptionSpec.text("query", "Words to look for", 100)
                                        .withAutocomplete(),
                                OptionSpec.integer("page", "Which page", 1, 99).optional()),
                        CommandSpec.of("tip", "A tip from the book", Access.EVERYONE, Reach.SERVERS),
                        CommandSpec.withSubcommands(
                                "quiz",
                                "Quiz yourself",
                                Access.SERVER_MANAGERS,
                                Reach.SERVERS,
                                new SubcommandSpec(
                                        "start",
                                        "Start a quiz",
                                        List.of(
                                                OptionSpec.channel("channel", "Where"),
                                                OptionSpec.bool("hard", "Harder questions")
                                                        .optional())),
                                new SubcommandSpec("stop", "Stop it"))),
                true));
        commands.add(Commands.slash("config", "Change the bot's settings")
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER)));
        return List.copyOf(commands);
    }

    @Test
    void everyRequestJdaSendsConformsToDiscordsSpec() throws Exception {
        CommandRegistrar global = new CommandRegistrar(COMMANDS, List.of(), true);
        CommandRegistrar onGuild = new CommandRegistrar(
                COMMANDS, List.of(Long.parseLong(discord.world().guildId())), true);
        connection = new DiscordConnector(
                        DiscordEndpoints.fromEnvironment(discord.environment()), ShardsConfig.automatic())
                .connect(List.of(global, onGuild, new EmbedReplyingListener()));
        assertThat(connection.awaitConnected(WAIT))
                .as("connected to the fake gateway")
                .isTrue();
        assertThat(global.awaitRegistered(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .isTrue();
        assertThat(onGuild.awaitRegistered(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .isTrue();

        SentInteraction command =
                discord.slashCommand("search").option("query", "pooling").send();
        RecordedRequest reply = discord.awaitCallback(command, WAIT);
        discord.awaitOriginalEdit(command, WAIT);
        discord.rest().requests().awaitCount(request -> request.at("POST", command.followupPath()), 2, WAIT);
        RecordedRequest channelMessage =
                discord.rest().awaitRequest(request -> request.is("POST", "channels/\\d+/messages"), WAIT);
        RecordedRequest choices = discord.awaitCallback(
                discord.autocomplete("search").focus("query", "poo").send(), WAIT);
        RecordedRequest clicked =
                discord.awaitCallback(discord.buttonClick("tip:next").send(), WAIT);

        assertThat(reply.json().at("/data/embeds/0/fields")).hasSize(2);
        assertThat(reply.json().at("/data/components/0/components")).hasSize(2);
        assertThat(channelMessage.json().path("nonce").isTextual()).isTrue();
        assertThat(discord.rest()
                        .requests()
                        .matching(request -> !request.files().isEmpty()))
                .as("the file followup went as multipart, its payload_json recorded as the body")
                .singleElement()
                .satisfies(upload -> assertThat(
                                upload.json().at("/attachments/0/id").isInt())
                        .isTrue());
        assertThat(choices.json().at("/data/choices")).hasSize(25);
        assertThat(clicked.json().path("type").asInt()).isEqualTo(7);
        assertThat(clicked.json().at("/data/components/1/components/0/type").asInt())
                .as("a string select")
                .isEqualTo(3);
        List<RecordedRequest> sent = discord.rest().requests().all();
        assertThat(sent)
                .extracting(request -> request.method() + " " + request.path().replaceAll("\\d{5,}", "{id}"))
                .contains(
                        "GET users/@me",
                        "PUT applications/{id}/commands",
                        "PUT applications/{id}/guilds/{id}/commands");
        DiscordOpenApi.assertAllConform(sent);
    }

    /** Answers like the bot does, using the richest shapes: embeds with fields, buttons, edits and followups. */
    private static final class EmbedReplyingListener extends ListenerAdapter {

        @Override
        public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
            event.replyEmbeds(embed("Pooling", "Section 20.4 explains pooling, @everyone."))
                    .setComponents(ActionRow.of(
                            Button.primary("tip:next", "Next tip"),
                            Button.link("https://example.org/book/20.4", "Read the section")))
                    .queue(hook -> {
                        hook.editOriginalEmbeds(embed("Pooling (edited)", "Now with the page number: 412."))
                                .queue();
                        hook.sendMessage("Only you can see this followup.")
                                .setEphemeral(true)
                                .queue();
                        hook.sendFiles(FileUpload.fromData(
                                                "chapter 20 notes".getBytes(StandardCharsets.UTF_8), "notes.txt")
                                        .setDescription("Notes on chapter 20"))
                                .queue();
                        event.getMessageChannel()
                                .sendMessage("A study-group reminder for <@&1>")
                                .setNonce("studybot-nonce-1")
                                .queue();
                    });
        }

        @Override
        public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
            List<Command.Choice> choices = IntStream.rangeClosed(1, 25)
                    .mapToObj(i -> new Command.Choice("pooling " + i, "pooling-" + i))
                    .toList();
            event.replyChoices(choices).queue();
        }

        @Override
        public void onButtonInteraction(ButtonInteractionEvent event) {
            event.editMessageEmbeds(embed("Next tip", "Read chapter 21."))
                    .setComponents(
                            ActionRow.of(Button.secondary("tip:next", "Another")),
                            ActionRow.of(StringSelectMenu.create("section:pick")
                                    .setPlaceholder("Open a section")
                                    .addOption("20.4 Pooling", "20.4", "Connection pooling")
                                    .addOption("21.1 Caching", "21.1")
                                    .build()))
                    .queue();
        }

        private static MessageEmbed embed(String title, String description) {
            return new EmbedBuilder()
                    .setTitle(title, "https://example.org/book")
                    .setDescription(description)
                    .setColor(0x5865F2)
                    .addField("Chapter", "20", true)
                    .addField("Page", "412", true)
                    .setFooter("studybot")
                    .build();
        }
    }
}
