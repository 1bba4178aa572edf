package studybot.command;

import java.util.Objects;

/**
 * One text option of a command. {@code maxLength} is enforced by Discord before the bot sees the text, and by
 * the command again, since the console and buggy clients enforce nothing.
 */
public record OptionSpec(String name, String description, boolean required, int maxLength, boolean autocomplete) {

    public OptionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
