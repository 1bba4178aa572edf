package studybot.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a command presents itself: what Discord registers as a slash command, what {@code /help} lists and what the
 * console accepts. Kept free of JDA so the same description serves every transport. A command has either options or
 * subcommands (each with options), not both, as on Discord.
 *
 * @param access who may use it; the registry checks it, and Discord hides the command from everyone else
 * @param reach where it may be used, for the command and all its subcommands; the registry checks it, and Discord
 *     offers the command only there
 * @param translations the descriptions in other languages, for Discord's picker (see {@link Translations})
 */
public record CommandSpec(
        String name,
        String description,
        Access access,
        Reach reach,
        List<OptionSpec> options,
        List<SubcommandSpec> subcommands,
        Translations translations) {

    public CommandSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(reach, "reach");
        Objects.requireNonNull(translations, "translations");
        if (access == Access.SERVER_MANAGERS && reach != Reach.SERVERS) {
            throw new IllegalArgumentException("/" + name + " is for server managers, so it reaches servers only");
        }
        options = List.copyOf(options);
        subcommands = List.copyOf(subcommands);
        if (!options.isEmpty() && !subcommands.isEmpty()) {
            throw new IllegalArgumentException("/" + name + " has both options and subcommands");
        }
    }

    /** A command described in English only. */
    public CommandSpec(
            String name,
            String description,
            Access access,
            Reach reach,
            List<OptionSpec> options,
            List<SubcommandSpec> subcommands) {
        this(name, description, access, reach, options, subcommands, Translations.none());
    }

    /** A command with options (or none). */
    public static CommandSpec of(String name, String description, Access access, Reach reach, OptionSpec... options) {
        return new CommandSpec(name, description, access, reach, List.of(options), List.of());
    }

    /** The same command, described in other languages by {@code translated}. */
    public CommandSpec translatedBy(Translations translated) {
        return new CommandSpec(name, description, access, reach, options, subcommands, translated);
    }

    /** Every description's path ({@code plan}, {@code plan.set}, {@code plan.set.start}) with its English text. */
    public Map<String, String> descriptions() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(name, description);
        options.forEach(option -> all.put(name + "." + option.name(), option.description()));
        for (SubcommandSpec subcommand : subcommands) {
            String path = name + "." + subcommand.name();
            all.put(path, subcommand.description());
            subcommand.options().forEach(option -> all.put(path + "." + option.name(), option.description()));
        }
        return all;
    }

    /** A command made of subcommands, such as {@code /tips set} and {@code /tips status}. */
    public static CommandSpec withSubcommands(
            String name, String description, Access access, Reach reach, SubcommandSpec... subcommands) {
        return new CommandSpec(name, description, access, reach, List.of(), List.of(subcommands));
    }

    public Optional<SubcommandSpec> subcommand(String subcommandName) {
        return subcommands.stream()
                .filter(sub -> sub.name().equals(subcommandName))
                .findFirst();
    }

    /** The options of {@code subcommandName}, or the command's own when it has no subcommands. */
    public List<OptionSpec> optionsOf(String subcommandName) {
        return subcommands.isEmpty()
                ? options
                : subcommand(subcommandName).map(SubcommandSpec::options).orElse(List.of());
    }

    /** One subcommand's usage, e.g. {@code /tips set [channel] [time] [timezone]}. */
    public String usage(SubcommandSpec subcommand) {
        return ("/" + name + " " + subcommand.name() + " "
                        + subcommand.options().stream().map(OptionSpec::usage).collect(Collectors.joining(" ")))
                .strip();
    }

    /** The usage, e.g. {@code /section number [page]}, or {@code /tips set|on|off|status|post-now}. */
    public String usage() {
        if (!subcommands.isEmpty()) {
            return "/" + name + " "
                    + subcommands.stream().map(SubcommandSpec::name).collect(Collectors.joining("|"));
        }
        return ("/" + name + " " + options.stream().map(OptionSpec::usage).collect(Collectors.joining(" "))).strip();
    }
}
