package studybot.section;

import java.util.Objects;

/**
 * One autocomplete choice: Discord shows {@code name} and sends back {@code value}, which the parser reads as the
 * section number.
 *
 * @param value the section number, {@code 20.4}
 * @param name the heading, at most {@value #MAX_NAME_LENGTH} characters (Discord's limit for choice names)
 */
public record Completion(String value, String name) {

    public static final int MAX_NAME_LENGTH = 100;

    public Completion {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(name, "name");
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("choice names are at most " + MAX_NAME_LENGTH + " characters: " + name);
        }
    }
}
