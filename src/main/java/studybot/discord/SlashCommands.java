package studybot.discord;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.localization.LocalizationFunction;
import studybot.command.Access;
import studybot.command.CommandSpec;
import studybot.command.OptionSpec;
import studybot.command.SubcommandSpec;

/** Translates the transport-neutral command specs into Discord's slash-command definitions. */
public final class SlashCommands {

    /** How JDA's keys end for a description ({@code plan.set.options.start.description}) and name an option. */
    private static final String DESCRIPTION = ".description";

    private static final String OPTIONS = ".options.";

    private SlashCommands() {}

    /**
     * @param userInstall whether commands that reach everywhere are offered to members who install studybot for
     *     themselves too (as well as to servers that install it), so they work in servers without studybot and in
     *     members' own DMs and group DMs
     */
    public static List<CommandData> of(List<CommandSpec> specs, boolean userInstall) {
        return specs.stream().<CommandData>map(spec -> of(spec, userInstall)).toList();
    }

    /**
     * Where a command shows follows from its {@link studybot.command.Reach}, declared per top-level command as Discord
     * sets it: commands reaching everywhere work in servers and in studybot's DM, and with user install for members who
     * installed studybot themselves, wherever they are (servers without studybot, DMs and group DMs between people);
     * the others in servers that installed studybot only. Commands for server managers are shown by default only to
     * members with Manage Server.
     */
    static SlashCommandData of(CommandSpec spec, boolean userInstall) {
        SlashCommandData command = Commands.slash(spec.name(), spec.description());
        switch (spec.reach()) {
            case EVERYWHERE -> {
                if (userInstall) {
                    command.setIntegrationTypes(IntegrationType.GUILD_INSTALL, IntegrationType.USER_INSTALL)
                            .setContexts(
                                    InteractionContextType.GUILD,
                                    InteractionContextType.BOT_DM,
                                    InteractionContextType.PRIVATE_CHANNEL);
                } else {
                    command.setIntegrationTypes(IntegrationType.GUILD_INSTALL)
                            .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
                }
            }
            case SERVERS ->
                command.setIntegrationTypes(IntegrationType.GUILD_INSTALL).setContexts(InteractionContextType.GUILD);
        }
        if (spec.access() == Access.SERVER_MANAGERS) {
            command.setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
        }
        spec.options().forEach(option -> command.addOptions(option(option)));
        for (SubcommandSpec subcommand : spec.subcommands()) {
            command.addSubcommands(new SubcommandData(subcommand.name(), subcommand.description())
                    .addOptions(subcommand.options().stream()
                            .map(SlashCommands::option)
                            .toList()));
        }
        return command.setLocalizationFunction(descriptions(spec));
    }

    /**
     * The command's descriptions in the member's language, as JDA asks for them ({@code plan.description},
     * {@code plan.set.description}, {@code plan.set.options.start.description}); names stay English.
     */
    private static LocalizationFunction descriptions(CommandSpec spec) {
        return key -> {
            if (!key.endsWith(DESCRIPTION)) {
                return Map.of();
            }
            Map<DiscordLocale, String> localized = new EnumMap<>(DiscordLocale.class);
            spec.translations()
                    .descriptionsOf(key.substring(0, key.length() - DESCRIPTION.length())
                            .replace(OPTIONS, "."))
                    .forEach((language, text) ->
                            DiscordLocales.of(language).forEach(locale -> localized.put(locale, text)));
            return localized;
        };
    }

    private static OptionData option(OptionSpec option) {
        return switch (option.kind()) {
            case TEXT ->
                new OptionData(
                                OptionType.STRING,
                                option.name(),
                                option.description(),
                                option.required(),
                                option.autocomplete())
                        .setMaxLength(option.maxLength());
            case INTEGER ->
                new OptionData(
                                OptionType.INTEGER,
                                option.name(),
                                option.description(),
                                option.required(),
                                option.autocomplete())
                        .setRequiredRange(option.min(), option.max());
            case BOOLEAN -> new OptionData(OptionType.BOOLEAN, option.name(), option.description(), option.required());
            case CHANNEL ->
                new OptionData(OptionType.CHANNEL, option.name(), option.description(), option.required())
                        .setChannelTypes(ChannelType.TEXT);
            case ATTACHMENT ->
                new OptionData(OptionType.ATTACHMENT, option.name(), option.description(), option.required());
        };
    }
}
