package studybot.command;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The option values of one call, by option name. They arrive as text from every transport; the registry has checked
 * them against their {@link OptionKind} before a handler sees them, so the typed getters only read.
 */
public record OptionValues(Map<String, String> values) {

    public OptionValues {
        values = Map.copyOf(values);
    }

    public static OptionValues none() {
        return new OptionValues(Map.of());
    }

    public static OptionValues of(String option, String value) {
        return new OptionValues(Map.of(option, value));
    }

    public boolean has(String option) {
        return values.containsKey(option);
    }

    /** The text, or empty text when the option was not given: most commands treat those the same way. */
    public String text(String option) {
        return values.getOrDefault(option, "");
    }

    /** The text, or empty when the option was not given. */
    public Optional<String> optionalText(String option) {
        return Optional.ofNullable(values.get(option));
    }

    /** An {@link OptionKind#INTEGER} option's value, empty when not given. */
    public OptionalLong integer(String option) {
        String value = values.get(option);
        return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value.strip()));
    }

    /** A {@link OptionKind#BOOLEAN} option's value, empty when not given. */
    public Optional<Boolean> bool(String option) {
        return Optional.ofNullable(values.get(option))
                .map(OptionValues::parseBoolean)
                .map(Optional::orElseThrow);
    }

    /** A {@link OptionKind#CHANNEL} option's channel id, empty when not given. */
    public OptionalLong channel(String option) {
        String value = values.get(option);
        return value == null ? OptionalLong.empty() : parseChannel(value);
    }

    /** An {@link OptionKind#ATTACHMENT} option's local copy, empty when not given. */
    public Optional<Path> attachment(String option) {
        return Optional.ofNullable(values.get(option)).map(value -> Path.of(value.strip()));
    }

    static Optional<Boolean> parseBoolean(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> Optional.of(true);
            case "false", "no", "off" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** A channel id as Discord sends it ({@code 123}) or as a mention is typed ({@code <#123>}). */
    static OptionalLong parseChannel(String text) {
        String id = text.strip();
        if (id.startsWith("<#") && id.endsWith(">")) {
            id = id.substring(2, id.length() - 1);
        }
        if (!id.matches("\\d{1,20}")) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseUnsignedLong(id));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
