package studybot.book;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import studybot.i18n.Languages;
import studybot.i18n.Texts;
import studybot.library.BookLanguage;

/**
 * The one line that tells members and operators what a book in another language than English goes without: search by
 * meaning (the model reads English only) and tips and quizzes (their rules are English). {@code /book info},
 * {@code /stats} and the build's log line show the same words, each in its reader's language.
 */
public final class BookLanguageNote {

    private static final Texts TEXTS = Texts.load("book");

    private BookLanguageNote() {}

    /** The line in English, for the log and {@code check-book}; empty for an English book or one that does not say. */
    public static Optional<String> of(BookLanguage language) {
        return of(language, Languages.ENGLISH);
    }

    /** The line in {@code reader}'s language, naming the book's language in it; empty as {@link #of(BookLanguage)}. */
    public static Optional<String> of(BookLanguage language, Locale reader) {
        if (language.readsAsEnglish()) {
            return Optional.empty();
        }
        return Optional.of(TEXTS.format(reader, "languageNote", Map.of("language", language.nameIn(reader))));
    }
}
