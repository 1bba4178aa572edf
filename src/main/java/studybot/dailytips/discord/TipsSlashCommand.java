package studybot.dailytips.discord;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * How {@code /tips} looks in Discord: servers only, and by default visible only to members with Manage Server
 * (server owners may change who sees it, which is why {@link TipsCommand} checks again).
 */
final class TipsSlashCommand {

    private static final int MAX_TIME_LENGTH = 16;
    private static final int MAX_TIMEZONE_LENGTH = 64;

    private TipsSlashCommand() {
    }

    static SlashCommandData definition() {
        return Commands.slash(TipsCommand.NAME, "Daily study tips in a channel of this server (admins)")
                .setIntegrationTypes(IntegrationType.GUILD_INSTALL)
                .setContexts(InteractionContextType.GUILD)
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                .addSubcommands(
                        new SubcommandData(TipsCommand.SET,
                                "Choose the channel, time and timezone (all three the first time)")
                                .addOptions(
                                        new OptionData(OptionType.CHANNEL, TipsCommand.CHANNEL,
                                                "Text channel to post the daily tip in")
                                                .setChannelTypes(ChannelType.TEXT),
                                        new OptionData(OptionType.STRING, TipsCommand.TIME,
                                                "Time of day, 24-hour HH:mm, e.g. 09:00")
                                                .setMaxLength(MAX_TIME_LENGTH),
                                        new OptionData(OptionType.STRING, TipsCommand.TIMEZONE,
                                                "Timezone, e.g. Europe/Berlin or America/New_York", false, true)
                                                .setMaxLength(MAX_TIMEZONE_LENGTH)),
                        new SubcommandData(TipsCommand.ON, "Turn the daily tip on (also resumes paused tips)"),
                        new SubcommandData(TipsCommand.OFF, "Turn the daily tip off"),
                        new SubcommandData(TipsCommand.STATUS, "Show the settings, the next and last tip, and problems"),
                        new SubcommandData(TipsCommand.POST_NOW,
                                "Post a tip in the tip channel now; the daily tip still goes out as usual"));
    }
}
