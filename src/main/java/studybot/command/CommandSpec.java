package studybot.command;

import java.util.List;
import java.util.Objects;

/**
 * How a command presents itself: what Discord registers as a slash command and what {@code /help} lists. Kept
 * free of JDA so the same description serves every transport.
 *
 * @param access who may use it; Discord hides server-manager commands from everyone else, and the bot checks too
 */
public record CommandSpec(String name, String description, List<OptionSpec> options, Access access) {

    /** Who may use a command. */
    public enum Access {
        EVERYONE,
        /** Members with Manage Server, in a server (not in direct messages). */
        SERVER_MANAGERS
    }

    public CommandSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        options = List.copyOf(options);
        Objects.requireNonNull(access, "access");
    }

    /** A command for everyone. */
    public CommandSpec(String name, String description, List<OptionSpec> options) {
        this(name, description, options, Access.EVERYONE);
    }

    /** The usage line, e.g. {@code /section number}. */
    public String usage() {
        StringBuilder usage = new StringBuilder("/").append(name);
        options.forEach(option -> usage.append(' ').append(option.required() ? option.name() : "[" + option.name() + "]"));
        return usage.toString();
    }
}
