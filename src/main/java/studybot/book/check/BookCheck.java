package studybot.book.check;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import studybot.book.BookLanguageNote;
import studybot.facts.KeyFactExtractor;
import studybot.facts.KeyFacts;
import studybot.i18n.Languages;
import studybot.i18n.Texts;
import studybot.i18n.Wording;
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
import studybot.library.imports.formats.ZippedPages;
import studybot.quiz.QuizDeck;

/**
 * Checks a book before it is served: imports it as the bot would (an EPUB, PDF, Markdown or HTML book, a zip of pages
 * as an upload unpacks it, or a folder of seed text), derives its key facts and quiz questions as the bot does, and
 * prints the outline, numbers and titles indented by level, then the load report. Exit 0 when the book is usable;
 * otherwise 2, with one line per problem.
 */
public final class BookCheck {

    /** Exit status of a usable book. */
    public static final int USABLE = 0;
    /** Exit status of a book that can't be read or would teach nothing. */
    public static final int UNUSABLE = 2;

    private static final Texts TEXTS = Texts.load("book/check");

    /** How the temporary folders a zip of pages is unpacked into start; each is deleted after the check. */
    static final String UNPACKED_PREFIX = "studybot-check-book-";

    private final BookImporter importer;
    private final ImportLimits limits;
    private final Clock clock;
    private final KeyFactExtractor facts;

    public BookCheck(ImportLimits limits, Clock clock, KeyFactExtractor facts) {
        this.importer = BookFormats.importer(limits, clock);
        this.limits = limits;
        this.clock = clock;
        this.facts = facts;
    }

    /** Prints the check of the book at {@code source}; returns the exit status. */
    public int run(Path source, PrintStream out, PrintStream err) {
        if (!Files.exists(source)) {
            err.println("check-book: " + source + ": no such file or folder");
            return UNUSABLE;
        }
        if (Files.isRegularFile(source)
                && !importer.accepts(source)
                && ZippedPages.named(source.getFileName().toString())) {
            return runUnpacked(source, out, err);
        }
        return check(source, source.toString(), out, err);
    }

    /**
     * Checks a zip of pages as an upload reads it: unpacked into a temporary folder through {@link ZippedPages}, with
     * the same limits, and that folder deleted afterwards.
     */
    private int runUnpacked(Path zip, PrintStream out, PrintStream err) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory(UNPACKED_PREFIX);
        } catch (IOException e) {
            err.println("check-book: " + zip + ": cannot make a temporary folder to unpack it in: " + e.getMessage());
            return UNUSABLE;
        }
        try {
            Path pages = scratch.resolve("pages");
            ZippedPages.unpack(zip, pages, limits, zip.getFileName() + ": ");
            return check(pages, zip.toString(), out, err);
        } catch (LibraryException e) {
            err.println("check-book: " + e.getMessage());
            return UNUSABLE;
        } finally {
            ZippedPages.deleteQuietly(scratch);
        }
    }

    /** Checks the book at {@code source}, naming it {@code shownAs} in what it prints. */
    private int check(Path source, String shownAs, PrintStream out, PrintStream err) {
        Library library;
        LoadReport report;
        try {
            if (importer.accepts(source)) {
                AssembledBook book = importer.importBook(source);
                library = book.library();
                report = named(book.report(), shownAs);
            } else if (Files.isDirectory(source)) {
                LibraryLoader seedText = new LibraryLoader(new SeedParser(), clock, SeedLimits.DEFAULT);
                library = seedText.load(source);
                report = LoadReport.of(library, shownAs, seedText.title(source));
            } else {
                err.println("check-book: " + shownAs + ": " + TEXTS.text(Languages.ENGLISH, "notABook"));
                return UNUSABLE;
            }
        } catch (LibraryException e) {
            err.println("check-book: " + e.getMessage().replace(source.toString(), shownAs));
            return UNUSABLE;
        }
        return check(library, report, shownAs, out, err);
    }

    /**
     * Prints the check of a book already read, {@code library} with its load {@code report}, naming it {@code shownAs}
     * in its problem lines; returns the exit status.
     */
    public int check(Library library, LoadReport report, String shownAs, PrintStream out, PrintStream err) {
        printOutline(library, out);
        out.println();
        report.lines().forEach(out::println);
        KeyFacts keyFacts = facts.extractInItsLanguage(library).facts();
        int questions = QuizDeck.build(library, keyFacts).size();
        out.println(figures(keyFacts.all().size(), questions, Languages.ENGLISH));
        BookLanguageNote.forOperator(library).ifPresent(out::println);
        List<Wording> problems =
                problems(report, library.language(), keyFacts.all().size());
        if (problems.isEmpty()) {
            out.println("Usable: yes");
            return USABLE;
        }
        problems.forEach(problem -> err.println("check-book: " + shownAs + ": " + problem));
        return UNUSABLE;
    }

    /** {@code report} naming the book {@code source}: the file given, not the folder it was unpacked into. */
    private static LoadReport named(LoadReport report, String source) {
        return new LoadReport(
                source,
                report.title(),
                report.author(),
                report.sectionsByDepth(),
                report.words(),
                report.codeBlocks(),
                report.tables(),
                report.images(),
                report.skipped(),
                report.renumbered(),
                report.keptShare());
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

    /** The line saying how many key facts and quiz questions a book gives, in {@code reader}'s language. */
    public static String figures(int keyFacts, int questions, Locale reader) {
        return TEXTS.format(reader, "figures", Map.of("facts", keyFacts, "questions", questions));
    }

    /**
     * Why a book would be no use, one line each: no prose, no key facts, too little text kept. Empty for a usable book.
     * A book with key facts but no question good enough to ask is still of use (sections, search, tips); its report
     * says it has no quiz questions. {@code /book add} refuses an upload on the same grounds, worded for the member who
     * brought it. A book in another language than English has key facts only where its language has rules
     * ({@link BookLanguageNote}), and those rules are narrower than the English ones, so it is not refused for having
     * none.
     */
    public static List<Wording> problems(LoadReport report, BookLanguage language, int keyFacts) {
        List<Wording> problems = new ArrayList<>();
        if (report.words() == 0) {
            problems.add(new Wording(TEXTS, "problem.noProse", Map.of()));
        }
        boolean factsExpected = language.readsAsEnglish();
        if (factsExpected && keyFacts == 0) {
            problems.add(new Wording(TEXTS, "problem.noKeyFacts", Map.of()));
        }
        if (report.keptShare() < 0.5) {
            problems.add(new Wording(
                    TEXTS,
                    "problem.littleKept",
                    Map.of("percent", String.format(Locale.ROOT, "%.0f", report.keptShare() * 100))));
        }
        return problems;
    }
}
