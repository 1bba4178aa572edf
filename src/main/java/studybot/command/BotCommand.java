package studybot.command;

import java.util.List;
import java.util.Optional;
import studybot.reply.Reply;

/**
 * A slash command of any transport: what it looks like ({@link #spec()}), how it answers, and how it completes
 * options. Implementations see plain values and return a {@link Reply}, never anything of Discord, so the console
 * and the bot give the same answers.
 */
public interface BotCommand {

    CommandSpec spec();

    /**
     * Answers any input at all; bad input is a {@link Reply.Kind#PROBLEM} reply, never an exception. Access has
     * been checked already.
     */
    Reply answer(CommandCall call);

    /**
     * Whether answering reads or writes the store. Such commands run on their own few threads, so a slow or locked
     * store never delays the commands that don't need it.
     */
    default boolean usesStore() {
        return false;
    }

    /**
     * For a command that {@link #usesStore() uses the store}: the same command answering without it, for when the
     * store cannot take any more work (on Discord: its threads and their queue are all taken). Empty, the default,
     * and the asker is told the store is busy.
     */
    default Optional<BotCommand> withoutStore() {
        return Optional.empty();
    }

    /** Choices while an option with autocomplete is typed; empty by default. */
    default List<Choice> complete(CompletionCall call) {
        return List.of();
    }
}
