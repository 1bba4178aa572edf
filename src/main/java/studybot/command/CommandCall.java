package studybot.command;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One use of a command, as its handler sees it.
 *
 * @param asker who asked, and where
 * @param subcommand the subcommand used, or empty text for a command without subcommands
 * @param options the option values, already checked against their kinds
 * @param scope the asker's place and the book in use there
 * @param available the commands the asker may use, in order (what {@code /help} lists)
 */
public record CommandCall(
        Asker asker, String subcommand, OptionValues options, Scope scope, Supplier<List<CommandSpec>> available) {

    public CommandCall {
        Objects.requireNonNull(asker, "asker");
        Objects.requireNonNull(subcommand, "subcommand");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(available, "available");
        if (!scope.place().equals(asker.place())) {
            throw new IllegalArgumentException("a call's scope is where its asker is");
        }
    }

    /** The language of a reply only the asker sees (see {@link Asker#privateLocale()}). */
    public Locale privateLocale() {
        return asker.privateLocale();
    }

    /** The language of a message everyone at the place sees (see {@link Asker#publicLocale()}). */
    public Locale publicLocale() {
        return asker.publicLocale();
    }
}
