package studybot.help.command;

import java.util.Optional;
import java.util.Set;
import studybot.book.Book;

/**
 * What a book teaches with: whether it has tips and quiz questions. A book in a language the fact rules do not read, or
 * one that states no key fact, has neither, and {@code /help} marks the commands that would then have nothing to give.
 * Decided by the book's own decks, never by its language, so a language that gains fact rules gains its commands.
 *
 * @param tips whether the book has at least one tip
 * @param cards whether the book has at least one quiz question
 */
record BookTeaching(boolean tips, boolean cards) {

    /** The commands that need a tip to give. */
    private static final Set<String> NEED_TIPS = Set.of("tip");

    /** The commands that need quiz questions: to ask, to ask a channel, or to remind of reviews. */
    private static final Set<String> NEED_CARDS = Set.of("quiz", "round", "remind");

    static BookTeaching of(Book book) {
        return new BookTeaching(book.hasTips(), book.hasQuizQuestions());
    }

    /** The {@code help} bundle key saying what the book lacks for {@code command}, or empty when it lacks nothing. */
    Optional<String> missingFor(String command) {
        if (NEED_TIPS.contains(command) && !tips) {
            return Optional.of("unavailable.tips");
        }
        if (NEED_CARDS.contains(command) && !cards) {
            return Optional.of("unavailable.cards");
        }
        return Optional.empty();
    }
}
