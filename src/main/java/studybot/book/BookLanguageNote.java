package studybot.book;

import java.util.Optional;
import studybot.library.BookLanguage;

/**
 * The one line that tells members and operators what a book in another language than English goes without: search by
 * meaning (the model reads English only) and tips and quizzes (their rules are English). {@code /book info},
 * {@code /stats} and the build's log line show the same words.
 */
public final class BookLanguageNote {

    private BookLanguageNote() {}

    /** The line for a book in {@code language}; empty for an English book or one that does not say. */
    public static Optional<String> of(BookLanguage language) {
        if (language.readsAsEnglish()) {
            return Optional.empty();
        }
        return Optional.of("Written in " + language.englishName() + ": search finds its words (no search by meaning,"
                + " which reads English only); tips and quizzes are built by English rules, so this book has none.");
    }
}
