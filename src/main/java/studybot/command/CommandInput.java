package studybot.command;

import java.util.Map;
import java.util.Optional;

/** The option values a user gave a command, by option name, exactly as typed. */
public record CommandInput(Map<String, String> options) {

    public CommandInput {
        options = Map.copyOf(options);
    }

    public static CommandInput none() {
        return new CommandInput(Map.of());
    }

    public static CommandInput of(String option, String value) {
        return new CommandInput(Map.of(option, value));
    }

    /** The value, or empty text when the option was not given: every command treats those the same way. */
    public String text(String option) {
        return Optional.ofNullable(options.get(option)).orElse("");
    }
}
