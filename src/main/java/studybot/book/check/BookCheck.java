package studybot.book.check;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import studybot.book.BookLanguageNote;
import studybot.facts.KeyFactExtractor;
import studybot.facts.KeyFacts;
import studybot.library.BookLanguage;
import studybot.library.Library;
import studybot.library.LibraryException;
import studybot.library.LibraryLoader;
import studybot.library.Section;
import studybot.library.SeedLimits;
import studybot.library.SeedParser;
import studybot.library.imports.AssembledBook;
import studybot.library.imports.BookImporter;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.LoadReport;
import studybot.library.imports.formats.BookFormats;
import studybot.quiz.QuizDeck;

/**
 * Checks a book before it is served: imports it as the bot would (an EPUB, Markdown or HTML book, or a folder of seed
 * text), derives its key facts and quiz questions as the bot does, and prints the outline, numbers and titles indented
 * by level, then the load report. Exit 0 when the book is usable; otherwise 2, with one line per problem.
 */
public final class BookCheck {

    /** Exit status of a usable book. */
    public static final int USABLE = 0;
    /** Exit status of a book that can't be read or would teach nothing. */
    public static final int UNUSABLE = 2;

    private final BookImporter importer;
    private final Clock clock;
    private final KeyFactExtractor facts;

    public BookCheck(ImportLimits limits, Clock clock, KeyFactExtractor facts) {
        this.importer = BookFormats.importer(limits, clock);
        this.clock = clock;
        this.facts = facts;
    }

    /** Prints the check of the book at {@code source}; returns the exit status. */
    public int run(Path source, PrintStream out, PrintStream err) {
        Library library;
        LoadReport report;
        if (!Files.exists(source)) {
            err.println("check-book: " + source + ": no such file or folder");
            return UNUSABLE;
        }
        try {
            if (importer.accepts(source)) {
                AssembledBook book = importer.importBook(source);
                library = book.library();
                report = book.report();
            } else if (Files.isDirectory(source)) {
                library = new LibraryLoader(new SeedParser(), clock, SeedLimits.DEFAULT).load(source);
                report = LoadReport.of(library, source.toString());
            } else {
                err.println("check-book: " + source + ": not a book studybot reads (EPUB, Markdown, HTML, or a"
                        + " folder of seed .txt files)");
                return UNUSABLE;
            }
        } catch (LibraryException e) {
            err.println("check-book: " + e.getMessage());
            return UNUSABLE;
        }
        printOutline(library, out);
        out.println();
        report.lines().forEach(out::println);
        KeyFacts keyFacts = library.language().readsAsEnglish() ? facts.extract(library) : new KeyFacts(List.of());
        int questions = QuizDeck.build(library, keyFacts).size();
        out.println(String.format(
                Locale.ROOT,
                "Key facts: %,d; quiz questions: %,d",
                keyFacts.all().size(),
                questions));
        BookLanguageNote.of(library.language()).ifPresent(out::println);
        List<String> problems =
                problems(report, library.language(), keyFacts.all().size(), questions);
        if (problems.isEmpty()) {
            out.println("Usable: yes");
            return USABLE;
        }
        problems.forEach(problem -> err.println("check-book: " + source + ": " + problem));
        return UNUSABLE;
    }

    private static void printOutline(Library library, PrintStream out) {
        int chapter = -1;
        for (Section section : library.sections()) {
            if (section.number().chapter() != chapter) {
                chapter = section.number().chapter();
                out.println(library.chapterTitle(chapter)
                        .map(title -> section.number().chapter() + " " + title)
                        .orElse("Chapter " + chapter));
            }
            if (section.number().section() == 0 && section.number().depth() == 2) {
                continue;
            }
            out.println("  ".repeat(section.number().depth() - 1) + section.heading());
        }
    }

    /**
     * Why a book would be no use, one line each: no prose, no key facts or quiz questions, too little text kept. Empty
     * for a usable book. {@code /book add} refuses an upload on the same grounds. A book in another language than
     * English has no key facts by design ({@link BookLanguageNote}), so it is not refused for that.
     */
    public static List<String> problems(LoadReport report, BookLanguage language, int keyFacts, int questions) {
        List<String> problems = new ArrayList<>();
        if (report.words() == 0) {
            problems.add("no prose at all: nothing to search, quote or teach");
        }
        boolean factsExpected = language.readsAsEnglish();
        if (factsExpected && keyFacts == 0) {
            problems.add("no key facts found: tips, quizzes and the daily post would have nothing to teach");
        } else if (factsExpected && questions == 0) {
            problems.add("no quiz questions could be made from its key facts");
        }
        if (report.keptShare() < 0.5) {
            problems.add(
                    String.format(Locale.ROOT, "only %.0f%% of the source's text was kept", report.keptShare() * 100));
        }
        return problems;
    }
}
