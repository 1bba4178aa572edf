package studybot.discord.connect;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/**
 * The smallest bot that exercises every answer path: replies to any slash command with text that tries to ping (so the
 * test can see mentions are disabled), suggests one choice to any autocomplete, and answers a button click by editing
 * the message. Every interaction it sees is kept for assertions.
 */
final class ReplyingListener extends ListenerAdapter {

    static final String REPLY = "Section 20.4 is about pooling, @everyone and <@500000000000000003>";
    static final String EDITED = "Next tip: read chapter 21";

    final BlockingQueue<GenericInteractionCreateEvent> seen = new LinkedBlockingQueue<>();

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        seen.add(event);
        event.reply(REPLY).queue();
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        seen.add(event);
        event.replyChoice("pooling", event.getFocusedOption().getValue() + "ling")
                .queue();
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        seen.add(event);
        event.editMessage(EDITED).setComponents().queue();
    }
}
