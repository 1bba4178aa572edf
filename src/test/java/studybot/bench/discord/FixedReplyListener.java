package studybot.bench.discord;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/** The floor bot's whole behaviour: any slash command gets the same short text, straight from JDA's event thread. */
final class FixedReplyListener extends ListenerAdapter {

    static final String REPLY = "Section 62.8 Connection Pooling Strategies is what you are looking for.";

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        event.reply(REPLY).queue();
    }
}
