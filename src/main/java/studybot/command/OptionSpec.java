package studybot.command;

import java.util.Objects;

/**
 * One option of a command or subcommand. Build one with {@link #text}, {@link #integer}, {@link #bool},
 * {@link #channel} or {@link #attachment}, then {@link #optional()} or {@link #withAutocomplete()} as needed.
 *
 * @param maxLength {@link OptionKind#TEXT} only: the longest text Discord lets through; commands check it again, since
 *     the console and buggy clients enforce nothing
 * @param min {@link OptionKind#INTEGER} only: the smallest value
 * @param max {@link OptionKind#INTEGER}: the largest value; {@link OptionKind#ATTACHMENT}: the largest file, in bytes
 * @param autocomplete whether the command offers {@link Choice choices} while this option is typed
 */
public record OptionSpec(
        String name,
        String description,
        OptionKind kind,
        boolean required,
        int maxLength,
        long min,
        long max,
        boolean autocomplete) {

    public OptionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(kind, "kind");
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " is above max " + max + " for option " + name);
        }
    }

    /** A required text option of at most {@code maxLength} characters. */
    public static OptionSpec text(String name, String description, int maxLength) {
        return new OptionSpec(name, description, OptionKind.TEXT, true, maxLength, 0, 0, false);
    }

    /** A required whole number from {@code min} to {@code max}. */
    public static OptionSpec integer(String name, String description, long min, long max) {
        return new OptionSpec(name, description, OptionKind.INTEGER, true, 0, min, max, false);
    }

    /** A required yes/no option. */
    public static OptionSpec bool(String name, String description) {
        return new OptionSpec(name, description, OptionKind.BOOLEAN, true, 0, 0, 0, false);
    }

    /** A required text channel of the server. */
    public static OptionSpec channel(String name, String description) {
        return new OptionSpec(name, description, OptionKind.CHANNEL, true, 0, 0, 0, false);
    }

    /** A required file of at most {@code maxBytes} bytes, sent with the command. */
    public static OptionSpec attachment(String name, String description, long maxBytes) {
        return new OptionSpec(name, description, OptionKind.ATTACHMENT, true, 0, 0, maxBytes, false);
    }

    public OptionSpec optional() {
        return new OptionSpec(name, description, kind, false, maxLength, min, max, autocomplete);
    }

    public OptionSpec withAutocomplete() {
        return new OptionSpec(name, description, kind, required, maxLength, min, max, true);
    }

    /** How the option appears in a usage line: {@code number}, or {@code [page]} when optional. */
    String usage() {
        return required ? name : "[" + name + "]";
    }
}
