package studybot.command;

import java.util.List;
import java.util.Objects;

/** One subcommand, such as {@code set} of {@code /tips set}, with its own options. */
public record SubcommandSpec(String name, String description, List<OptionSpec> options) {

    public SubcommandSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        options = List.copyOf(options);
    }

    public SubcommandSpec(String name, String description) {
        this(name, description, List.of());
    }
}
