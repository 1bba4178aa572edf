package studybot.command;

import java.util.Objects;
import java.util.Optional;
import studybot.book.Book;

/**
 * A request for choices while someone types an option. Answered on Discord's gateway thread and on every keystroke, so
 * it must be quick and never wait: {@code book} is empty while the first edition is still being indexed, and the answer
 * is then no choices.
 *
 * @param subcommand the subcommand being typed, or empty text
 * @param option the option being typed
 * @param typed what has been typed so far
 */
public record CompletionCall(Asker asker, String subcommand, String option, String typed, Optional<Book> book) {

    public CompletionCall {
        Objects.requireNonNull(asker, "asker");
        Objects.requireNonNull(subcommand, "subcommand");
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(typed, "typed");
        Objects.requireNonNull(book, "book");
    }
}
