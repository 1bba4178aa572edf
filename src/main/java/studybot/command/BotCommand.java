package studybot.command;

import java.util.List;
import java.util.Optional;
import studybot.book.Book;
import studybot.reply.Reply;

/**
 * A slash command of any transport: what it looks like ({@link #spec()}), how it answers, and how it completes options.
 * Implementations see plain values and return a {@link Reply}, never anything of Discord, so the console and the bot
 * give the same answers.
 */
public interface BotCommand {

    CommandSpec spec();

    /**
     * Answers any input at all; bad input is a {@link Reply.Kind#PROBLEM} reply, never an exception. Access has been
     * checked already.
     */
    Reply answer(CommandCall call);

    /**
     * For a command of a {@link StoreFeature}: the same command answering without the store, for when the store cannot
     * take any more work (on Discord: its threads and their queue are all taken). Empty, the default, and the asker is
     * told the store is busy.
     */
    default Optional<BotCommand> withoutStore() {
        return Optional.empty();
    }

    /**
     * Called as soon as a use of this command arrives, before it waits for a handler, with the edition being served:
     * starts work its answer will need that is cheaper done for many uses at once (embedding a question, which
     * {@code /search} shares with the questions arriving beside it). On Discord it runs on a thread of its own, in the
     * order the uses arrived, not on the gateway's. Must be quick and never block; nothing by default. Access and
     * options are checked later, when the command is answered.
     */
    default void foresee(OptionValues options, Book book) {}

    /** Choices while an option with autocomplete is typed; empty by default. */
    default List<Choice> complete(CompletionCall call) {
        return List.of();
    }
}
