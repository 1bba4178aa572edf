package studybot.command;

import java.util.List;
import studybot.book.Book;
import studybot.reply.Reply;

/**
 * A command anyone can type, answered from one edition of the book. Implementations take plain text and return
 * a {@link Reply}; they never see Discord, so the console and the bot give the same answers.
 */
public interface BookCommand {

    CommandSpec spec();

    /** Answers any input at all; bad input is a {@link Reply.Kind#PROBLEM} reply, never an exception. */
    Reply answer(Book book, CommandInput input);

    /** Suggestions while the user types {@code option}; empty for commands without autocomplete. */
    default List<Choice> complete(Book book, String option, String typed) {
        return List.of();
    }
}
