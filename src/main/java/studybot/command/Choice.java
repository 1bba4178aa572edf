package studybot.command;

import java.util.Objects;

/** One autocomplete suggestion: {@code name} is what the user sees, {@code value} what the command receives. */
public record Choice(String name, String value) {

    public Choice {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
