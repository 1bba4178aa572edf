package studybot.discord;

import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import studybot.command.CommandSpec;
import studybot.command.OptionSpec;

/** Translates the transport-neutral command specs into Discord's slash-command definitions. */
public final class SlashCommands {

    private SlashCommands() {
    }

    /** Commands for everyone work in servers and direct messages; server-manager commands only in servers. */
    public static List<CommandData> of(List<CommandSpec> specs) {
        return specs.stream().<CommandData>map(SlashCommands::of).toList();
    }

    static SlashCommandData of(CommandSpec spec) {
        SlashCommandData command = Commands.slash(spec.name(), spec.description())
                .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
        if (spec.access() == CommandSpec.Access.SERVER_MANAGERS) {
            command.setContexts(InteractionContextType.GUILD)
                    .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
        } else {
            command.setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
        }
        for (OptionSpec option : spec.options()) {
            command.addOptions(new OptionData(OptionType.STRING, option.name(), option.description(),
                    option.required(), option.autocomplete()).setMaxLength(option.maxLength()));
        }
        return command;
    }
}
