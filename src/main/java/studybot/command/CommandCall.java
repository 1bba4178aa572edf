package studybot.command;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import studybot.book.Book;

/**
 * One use of a command, as its handler sees it.
 *
 * @param asker who asked, and where
 * @param subcommand the subcommand used, or empty text for a command without subcommands
 * @param options the option values, already checked against their kinds
 * @param book the edition to answer from: the same one however often it is asked for during this call (it waits for the
 *     first edition while that is still being indexed, so ask only when needed)
 * @param available the commands the asker may use, in order (what {@code /help} lists)
 */
public record CommandCall(
        Asker asker,
        String subcommand,
        OptionValues options,
        Supplier<Book> book,
        Supplier<List<CommandSpec>> available) {

    public CommandCall {
        Objects.requireNonNull(asker, "asker");
        Objects.requireNonNull(subcommand, "subcommand");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(available, "available");
    }
}
