package studybot.command;

import java.util.List;
import java.util.Objects;

/**
 * How a command presents itself: what Discord registers as a slash command and what {@code /help} lists. Kept
 * free of JDA so the same description serves every transport.
 */
public record CommandSpec(String name, String description, List<OptionSpec> options) {

    public CommandSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        options = List.copyOf(options);
    }

    /** The usage line, e.g. {@code /section number}. */
    public String usage() {
        StringBuilder usage = new StringBuilder("/").append(name);
        options.forEach(option -> usage.append(' ').append(option.required() ? option.name() : "[" + option.name() + "]"));
        return usage.toString();
    }
}
