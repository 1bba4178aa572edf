package studybot.command;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Supplier;
import studybot.book.Book;

/**
 * A click on a button, or a pick from a list, that a reply carried. The component's id is all the state there is:
 * {@code prefix:arg:arg…}, so it keeps working after a restart or a reload.
 *
 * @param id the whole id, e.g. {@code nav:20.5:0}
 * @param args the parts after the prefix, e.g. {@code [20.5, 0]}
 * @param values what was picked from a list (empty for a button)
 * @param book the edition to answer from, as in {@link CommandCall#book()}
 * @param messageId the message the component sits on, a Discord snowflake (it tells when the message was sent); empty
 *     in the console, which has no messages
 */
public record ClickCall(
        Asker asker, String id, List<String> args, List<String> values, Supplier<Book> book, OptionalLong messageId) {

    public ClickCall {
        Objects.requireNonNull(asker, "asker");
        Objects.requireNonNull(id, "id");
        args = List.copyOf(args);
        values = List.copyOf(values);
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(messageId, "messageId");
    }
}
