package studybot.discord;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.attribute.ICustomId;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.IntegrationOwners;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.components.ComponentInteraction;
import net.dv8tion.jda.api.utils.TimeUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.command.Asker;
import studybot.command.ClickMode;
import studybot.command.ClickedMessage;
import studybot.command.CommandRegistry;
import studybot.command.OptionKind;
import studybot.command.OptionSpec;
import studybot.i18n.Languages;
import studybot.i18n.Texts;
import studybot.reply.Reply;
import studybot.reply.WordCut;

/**
 * Puts the command registry on Discord: slash commands, autocomplete, and the buttons and pick lists replies carry. It
 * only translates: who asked and what they sent go to the registry as plain values (which checks access and answers),
 * and the answer goes out through the {@link InteractionResponder}, which keeps Discord's deadlines.
 */
public final class RegistryInteractions extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryInteractions.class);

    private final CommandRegistry registry;
    private final InteractionResponder responder;
    private final Texts texts;
    private final Executor foresight;
    private final HandledInteractions handled = new HandledInteractions();

    /**
     * @param foresight where the commands' early work ({@link CommandRegistry#foresee}) runs, in arrival order: off the
     *     gateway thread, which reads every interaction's event and so delays every acknowledgement by what it does
     */
    public RegistryInteractions(
            CommandRegistry registry, InteractionResponder responder, Texts texts, Executor foresight) {
        this.registry = registry;
        this.responder = responder;
        this.texts = texts;
        this.foresight = foresight;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (deliveredAgain(event)) {
            return;
        }
        AskerOnce asker = new AskerOnce(() -> asker(event));
        String name = event.getName();
        String subcommand = Optional.ofNullable(event.getSubcommandName()).orElse("");
        Map<String, String> options = event.getOptions().stream()
                .collect(Collectors.toMap(OptionMapping::getName, OptionMapping::getAsString, (a, b) -> a));
        foresee(event, asker, name, options);
        Map<String, OptionSpec> specs = registry.spec(name).stream()
                .flatMap(spec -> spec.optionsOf(subcommand).stream())
                .collect(Collectors.toMap(OptionSpec::name, option -> option, (a, b) -> a));
        boolean attachments = specs.values().stream().anyMatch(option -> option.kind() == OptionKind.ATTACHMENT);
        boolean usesStore = registry.usesStore(name);
        responder.answer(
                event,
                name,
                registry.answersPrivately(name) ? Answering.PRIVATE_MESSAGE : Answering.PUBLIC_MESSAGE,
                usesStore ? HandlerPool.STORE : HandlerPool.GENERAL,
                InteractionResponder.alone(
                        attachments
                                ? () -> answerWithFiles(event, asker.get(), name, subcommand, specs, options)
                                : () -> registry.answer(asker.get(), name, subcommand, options)),
                attachments || !usesStore
                        ? Optional.empty()
                        : registry.answerWithoutStore(asker.get(), name, subcommand, options)
                                .map(InteractionResponder::alone));
    }

    /** Downloads the command's files (on the handler's thread, never the gateway's), answers, then deletes them. */
    private Reply answerWithFiles(
            SlashCommandInteractionEvent event,
            Asker asker,
            String name,
            String subcommand,
            Map<String, OptionSpec> specs,
            Map<String, String> options) {
        try (AttachmentDownloads.Fetched fetched = AttachmentDownloads.fetch(
                event.getOptions(), specs, options, texts, event.getUserLocale().toLocale())) {
            return fetched.refusal()
                    .orElseGet(() -> registry.answer(
                            asker, name, subcommand, fetched.options().orElseThrow()));
        }
    }

    /**
     * Before the interaction waits for a handler: lets its command start work that is cheaper done together with the
     * interactions arriving beside it, on the foresight thread, which also works out who asked. A failure there, or a
     * foresight queue that is full or closed, only loses that head start; the handler still answers.
     */
    private void foresee(
            SlashCommandInteractionEvent event, AskerOnce asker, String name, Map<String, String> options) {
        String id = event.getId();
        try {
            foresight.execute(() -> {
                try {
                    registry.foresee(asker.get(), name, options);
                } catch (RuntimeException e) {
                    LOG.warn("Could not start early work for /{} on interaction {}", name, id, e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("No early work for /{} on interaction {}: {}", name, id, e.toString());
        }
    }

    /** Answered on the gateway thread, so the registry answers without waiting (nothing while the book loads). */
    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        List<Command.Choice> choices;
        try {
            choices = registry
                    .complete(
                            asker(event),
                            event.getName(),
                            Optional.ofNullable(event.getSubcommandName()).orElse(""),
                            event.getFocusedOption().getName(),
                            event.getFocusedOption().getValue())
                    .stream()
                    .limit(DiscordLimits.CHOICES)
                    .map(choice -> new Command.Choice(
                            WordCut.toLength(choice.name(), DiscordLimits.CHOICE_NAME),
                            WordCut.toLength(choice.value(), DiscordLimits.CHOICE_VALUE)))
                    .toList();
        } catch (RuntimeException e) {
            LOG.error("Autocomplete for /{} failed on interaction {}", event.getName(), event.getId(), e);
            choices = List.of();
        }
        event.replyChoices(choices)
                .queue(
                        null,
                        failure -> LOG.debug(
                                "Autocomplete answer for {} not delivered: {}", event.getId(), failure.toString()));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        click(event, "button", List.of());
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        click(event, "pick", List.copyOf(event.getValues()));
    }

    /**
     * A click on a component: answered as its route says, on the store handlers if its feature uses the store. The
     * registry checks the id against the message Discord delivered with the click, ephemeral ones included.
     */
    private <E extends ComponentInteraction & IReplyCallback> void click(E event, String kind, List<String> values) {
        if (deliveredAgain(event)) {
            return;
        }
        Asker asker = asker(event);
        String id = event.getComponentId();
        ClickedMessage message = clickedMessage(event);
        HandlerPool pool = registry.clickUsesStore(id) ? HandlerPool.STORE : HandlerPool.GENERAL;
        switch (registry.clickMode(id).orElse(ClickMode.NEW_MESSAGE)) {
            case EDIT_MESSAGE ->
                responder.answer(
                        event,
                        kind,
                        Answering.EDIT_CLICKED,
                        pool,
                        InteractionResponder.alone(() -> registry.click(asker, id, values, message)),
                        Optional.empty());
            case PRIVATE_REPLY ->
                responder.answer(
                        event,
                        kind,
                        Answering.PRIVATE_MESSAGE,
                        pool,
                        () -> registry.clickAndUpdate(asker, id, values, message),
                        Optional.empty());
            case NEW_MESSAGE ->
                responder.answer(
                        event,
                        kind,
                        Answering.PUBLIC_MESSAGE,
                        pool,
                        InteractionResponder.alone(() -> registry.click(asker, id, values, message)),
                        Optional.empty());
        }
    }

    /**
     * Whether the gateway delivered {@code event} before: it was run (and answered, or is being answered) then, and is
     * not run again.
     */
    private boolean deliveredAgain(Interaction event) {
        if (handled.firstTime(event.getIdLong())) {
            return false;
        }
        LOG.info("Interaction {} was delivered again by the gateway; it is answered once", event.getId());
        return true;
    }

    /**
     * The clicked message's id, when it was sent (read from its id here, the one place that knows Discord's ids) and
     * the ids of its buttons and pick lists (link buttons have none).
     */
    private static ClickedMessage clickedMessage(ComponentInteraction event) {
        return new ClickedMessage(
                event.getMessageIdLong(),
                TimeUtil.getTimeCreated(event.getMessageIdLong()).toInstant(),
                event.getMessage().getComponentTree().findAll(ICustomId.class).stream()
                        .map(ICustomId::getCustomId)
                        .filter(Objects::nonNull)
                        .toList());
    }

    /**
     * Who asked and where, in plain values. A server is the place only when studybot is installed there: the
     * interaction names the server as its guild-install owner, or JDA has the server (studybot is a member). Everywhere
     * else the member reached studybot through their own install, or in studybot's DM, and is in their own place.
     * Manage Server counts only in a server with studybot (a DM has no member). Replies only the member sees are in
     * their client's language; public ones in the server's preferred locale, which only Community servers can change
     * (Discord sends {@code en-US} for the others), unless the server chose one ({@code /language}).
     */
    static Asker asker(Interaction interaction) {
        Locale serverLocale =
                interaction.isFromGuild() ? interaction.getGuildLocale().toLocale() : Languages.ENGLISH;
        Asker asker = placed(interaction)
                .speaking(interaction.getUserLocale().toLocale(), serverLocale)
                .asking(interaction.getIdLong());
        return parentOfThread(interaction).map(asker::inThreadOf).orElse(asker);
    }

    /**
     * The channel whose thread the interaction comes from, when JDA knows it: a thread's parent is in JDA's cache with
     * its server, and unknown in a server JDA has not loaded (there the thread counts as a channel of its own).
     */
    private static Optional<Long> parentOfThread(Interaction interaction) {
        if (interaction.getChannel() instanceof ThreadChannel thread && !thread.isDetached()) {
            return Optional.ofNullable(thread.getParentChannel()).map(ISnowflake::getIdLong);
        }
        return Optional.empty();
    }

    private static Asker placed(Interaction interaction) {
        User user = interaction.getUser();
        Member member = interaction.getMember();
        String name = member != null ? member.getEffectiveName() : user.getEffectiveName();
        long channel = interaction.getChannelIdLong();
        Guild guild = interaction.isFromGuild() ? interaction.getGuild() : null;
        if (guild != null && studybotIsIn(guild, interaction.getIntegrationOwners())) {
            return Asker.inServer(
                    user.getIdLong(), name, guild.getIdLong(), channel, managesServer(interaction, guild, member));
        }
        if (guild != null) {
            return Asker.personalAmongOthers(user.getIdLong(), name, channel, Asker.Where.SERVER_CHANNEL);
        }
        if (interaction.getContext() == InteractionContextType.PRIVATE_CHANNEL) {
            return Asker.personalAmongOthers(user.getIdLong(), name, channel, Asker.Where.PRIVATE_CHANNEL);
        }
        return Asker.personal(user.getIdLong(), name, channel);
    }

    /**
     * Whether {@code member} holds Manage Server: from JDA's roles when it has the server, else (a server still
     * loading) from the permissions Discord sent with the interaction, which JDA keeps for its channel only.
     */
    private static boolean managesServer(Interaction interaction, Guild guild, Member member) {
        if (member == null) {
            return false;
        }
        return guild.isDetached()
                ? member.hasPermission(interaction.getGuildChannel(), Permission.MANAGE_SERVER)
                : member.hasPermission(Permission.MANAGE_SERVER);
    }

    /**
     * Whether studybot is installed in {@code guild}: the interaction was authorized by that server's install, or the
     * server is in JDA's cache, which it is only while studybot is a member (a server still loading after a restart is
     * known by its install).
     */
    private static boolean studybotIsIn(Guild guild, IntegrationOwners owners) {
        Long installedIn = owners == null ? null : owners.getAuthorizingGuildIdLong();
        return (installedIn != null && installedIn == guild.getIdLong()) || !guild.isDetached();
    }
}
