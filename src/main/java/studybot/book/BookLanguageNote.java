package studybot.book;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import studybot.i18n.Languages;
import studybot.i18n.Texts;
import studybot.library.BookLanguage;
import studybot.library.Library;
import studybot.library.TextLanguage;

/**
 * The one line that tells members and operators what a book in another language than English goes without: search by
 * meaning (the model reads English only) and, in a language without key-fact rules (only English, French, Spanish and
 * German have them), tips and quizzes; and, when its text told the language, how, and that {@code book.language} says
 * otherwise. {@code /book info}, {@code /stats}, {@code check-book} and the build's log line show the same words, each
 * in its reader's language.
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
        return Optional.of(TEXTS.format(
                reader, "languageNote", Map.of("language", language.nameIn(reader), "tips", tips(language, reader))));
    }

    /** What the line says of tips and quizzes: built by the language's rules, or none and which languages have them. */
    private static String tips(BookLanguage language, Locale reader) {
        return language.hasKeyFacts()
                ? TEXTS.format(reader, "languageNote.tips", Map.of("language", language.nameIn(reader)))
                : TEXTS.text(reader, "languageNote.noTips");
    }

    /**
     * The line for {@code library} in {@code reader}'s language, saying how its text told the language when it did;
     * empty as {@link #of(BookLanguage)}.
     */
    public static Optional<String> of(Library library, Locale reader) {
        return of(library.language(), library.languageFromText(), reader);
    }

    /**
     * The line for a book in {@code language}, which its text told when {@code fromText} is present, in
     * {@code reader}'s language; empty as {@link #of(BookLanguage)}.
     */
    public static Optional<String> of(BookLanguage language, Optional<TextLanguage> fromText, Locale reader) {
        if (language.readsAsEnglish()) {
            return Optional.empty();
        }
        return Optional.of(fromText.map(text -> TEXTS.format(
                        reader,
                        text.byScript() ? "languageNote.fromScript" : "languageNote.fromText",
                        Map.of(
                                "language",
                                language.nameIn(reader),
                                "share",
                                text.otherShare(),
                                "words",
                                text.words(),
                                "english",
                                text.englishShare(),
                                "tips",
                                tips(language, reader))))
                .orElseGet(() -> of(language, reader).orElseThrow()));
    }

    /**
     * For the operator (the log, {@code check-book}), in English: the line of {@link #of(Library, Locale)}, else how
     * the text of a book that declares no language told English, or that it told none and the book is read as English;
     * empty for a book declared English or declaring nothing with no text to tell by.
     */
    public static Optional<String> forOperator(Library library) {
        return of(library, Languages.ENGLISH)
                .or(() -> library.languageFromText().map(BookLanguageNote::englishFromText));
    }

    private static String englishFromText(TextLanguage text) {
        Map<String, Object> shares = Map.of(
                "share",
                text.englishShare(),
                "english",
                text.englishShare(),
                "other",
                text.otherShare(),
                "otherLanguage",
                text.other().equals(BookLanguage.UNKNOWN)
                        ? "any other language"
                        : text.other().nameIn(Languages.ENGLISH),
                "words",
                text.words());
        String key =
                text.language().equals(BookLanguage.UNKNOWN) ? "languageFromText.unclear" : "languageFromText.english";
        return TEXTS.format(Languages.ENGLISH, key, shares);
    }
}
