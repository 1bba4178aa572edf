package studybot.discord;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.book.Book;
import studybot.command.BookCommand;
import studybot.command.CommandInput;
import studybot.command.CommandSpec;
import studybot.command.Commands;
import studybot.reply.OpenSection;
import studybot.reply.Reply;
import studybot.reply.WordCut;
import studybot.section.SectionCommand;

/**
 * Puts the book commands on Discord: slash commands, autocomplete, and the buttons and pick lists their replies
 * carry. Each interaction takes the current {@link Book} once, so an answer never mixes two editions.
 */
public final class BookInteractions extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(BookInteractions.class);

    private final Supplier<Book> book;
    private final Commands commands;
    private final SectionCommand sections;
    private final InteractionResponder responder;

    public BookInteractions(Supplier<Book> book, Commands commands, SectionCommand sections,
                            InteractionResponder responder) {
        this.book = book;
        this.commands = commands;
        this.sections = sections;
        this.responder = responder;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        commands.find(event.getName()).ifPresent(command -> responder.reply(event, event.getName(), () ->
                command.spec().access() == CommandSpec.Access.EVERYONE
                        ? command.answer(book.get(), input(event))
                        : forServerManagers(event, command)));
    }

    /** Discord hides these from other members, but a stale client or a changed role can still send one. */
    private Reply forServerManagers(SlashCommandInteractionEvent event, BookCommand command) {
        if (!event.isFromGuild() || event.getMember() == null) {
            return Reply.problem("`/" + event.getName() + "` works in servers only.");
        }
        if (!event.getMember().hasPermission(Permission.MANAGE_SERVER)) {
            return Reply.problem("`/" + event.getName() + "` is for members with the Manage Server permission.");
        }
        return command.answer(book.get(), input(event)).toAskerOnly();
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        Optional<BookCommand> command = commands.find(event.getName());
        if (command.isEmpty()) {
            return;
        }
        List<Command.Choice> choices;
        try {
            choices = command.get().complete(book.get(), event.getFocusedOption().getName(),
                            event.getFocusedOption().getValue()).stream()
                    .limit(DiscordLimits.CHOICES)
                    .map(choice -> new Command.Choice(WordCut.toLength(choice.name(), DiscordLimits.CHOICE_NAME),
                            WordCut.toLength(choice.value(), DiscordLimits.CHOICE_VALUE)))
                    .toList();
        } catch (RuntimeException e) {
            LOG.error("Autocomplete for /{} failed on interaction {}", event.getName(), event.getId(), e);
            choices = List.of();
        }
        event.replyChoices(choices).queue(null, failure ->
                LOG.debug("Autocomplete answer for {} not delivered: {}", event.getId(), failure.toString()));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Optional<ActionIds.Click> click = ActionIds.parse(event.getComponentId());
        if (click.isEmpty()) {
            responder.reply(event, "button", () -> Reply.problem(
                    "This button is from an older version of studybot. Use `/section` to open a section."));
            return;
        }
        OpenSection target = click.get().target();
        if (click.get().mode() == ActionIds.Mode.NAV) {
            responder.edit(event, "button", () -> sections.open(book.get().sections(), target));
        } else {
            responder.reply(event, "button", () -> sections.open(book.get().sections(), target));
        }
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        Optional<OpenSection> target = event.getComponentId().equals(ActionIds.PICK_LIST) && !event.getValues().isEmpty()
                ? ActionIds.parseValue(event.getValues().get(0))
                : Optional.empty();
        responder.reply(event, "pick", () -> target
                .map(section -> sections.open(book.get().sections(), section))
                .orElseGet(() -> Reply.problem("That list is from an older version of studybot. Use `/section`"
                        + " to open a section.")));
    }

    private static CommandInput input(SlashCommandInteractionEvent event) {
        Map<String, String> options = event.getOptions().stream()
                .collect(Collectors.toMap(OptionMapping::getName, OptionMapping::getAsString, (a, b) -> a));
        return new CommandInput(options);
    }
}
