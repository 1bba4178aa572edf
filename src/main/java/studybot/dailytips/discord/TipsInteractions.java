package studybot.dailytips.discord;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongConsumer;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.dailytips.TimeZones;
import studybot.discord.InteractionResponder;

/**
 * Puts {@link TipsCommand} on Discord: reads the interaction into a {@link TipsRequest} and answers through the
 * {@link InteractionResponder} (which keeps Discord's deadline, since posting a tip now can take a while), and
 * completes timezone names as admins type.
 */
final class TipsInteractions extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(TipsInteractions.class);

    private final TipsCommand command;
    private final InteractionResponder responder;
    private final LongConsumer forgetServer;

    /** @param forgetServer drops a server's tip settings and history, called when studybot leaves that server */
    TipsInteractions(TipsCommand command, InteractionResponder responder, LongConsumer forgetServer) {
        this.command = command;
        this.responder = responder;
        this.forgetServer = forgetServer;
    }

    /** A server that removed studybot gets no more tips, and its settings don't linger in the store. */
    @Override
    public void onGuildLeave(GuildLeaveEvent event) {
        forgetServer.accept(event.getGuild().getIdLong());
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (event.getName().equals(TipsCommand.NAME)) {
            responder.replyPrivatelyUsingStore(event, TipsCommand.NAME, () -> command.answer(request(event)));
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (event.getName().equals(TipsCommand.NAME)
                && event.getFocusedOption().getName().equals(TipsCommand.TIMEZONE)) {
            event.replyChoiceStrings(TimeZones.complete(event.getFocusedOption().getValue())).queue(null, failure ->
                    LOG.debug("Timezone choices for {} not delivered: {}", event.getId(), failure.toString()));
        }
    }

    /**
     * The channel is read as a plain id, not as JDA's resolved channel: {@link JdaPostingAccess} checks it against
     * the bot's own cache, which is what posting will use.
     */
    private static TipsRequest request(SlashCommandInteractionEvent event) {
        Member member = event.getMember();
        OptionMapping channel = event.getOption(TipsCommand.CHANNEL);
        return new TipsRequest(
                event.isFromGuild() ? OptionalLong.of(event.getGuild().getIdLong()) : OptionalLong.empty(),
                member != null && member.hasPermission(Permission.MANAGE_SERVER),
                Optional.ofNullable(event.getSubcommandName()).orElse(""),
                channel == null ? OptionalLong.empty() : OptionalLong.of(channel.getAsLong()),
                Optional.ofNullable(event.getOption(TipsCommand.TIME, OptionMapping::getAsString)),
                Optional.ofNullable(event.getOption(TipsCommand.TIMEZONE, OptionMapping::getAsString)));
    }
}
