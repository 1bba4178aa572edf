package studybot.shelf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import studybot.book.BookLanguageNote;
import studybot.book.check.BookCheck;
import studybot.library.BookLanguage;
import studybot.library.TextLanguage;
import studybot.library.imports.LoadReport;

/**
 * What {@code check-book} would print of a book a server brought: the load report, its key facts and quiz questions,
 * and what a book in another language than English goes without. Kept as figures rather than lines, so the member who
 * brought it reads it in their language, and naming the upload as its sender did rather than where it is stored.
 *
 * @param languageFromText what the book's text said of its language, when nothing declared one
 * @param storedAs where the upload was stored, as the load report names it
 * @param fileName the upload's name as its sender gave it
 */
public record UploadReport(
        LoadReport load,
        BookLanguage language,
        Optional<TextLanguage> languageFromText,
        int keyFacts,
        int quizQuestions,
        String storedAs,
        String fileName) {

    /** The report's lines in {@code reader}'s language. */
    public List<String> lines(Locale reader) {
        List<String> lines = new ArrayList<>(load.lines(reader));
        lines.replaceAll(line -> line.replace(storedAs, fileName));
        lines.add(BookCheck.figures(keyFacts, quizQuestions, reader));
        BookLanguageNote.of(language, languageFromText, reader).ifPresent(lines::add);
        return lines;
    }
}
