package studybot.bench.realbooks;

import java.nio.file.Path;
import java.time.Clock;
import studybot.library.Library;
import studybot.library.LibraryException;
import studybot.library.LibraryLoader;
import studybot.library.SeedLimits;
import studybot.library.SeedParser;
import studybot.library.imports.BookImporter;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.formats.BookFormats;

/**
 * A folder holding a book in any format the bot reads, loaded as the bot loads a book it is given, so a held-out book
 * is measured in the form a user would hand it over (a PDF, an HTML manual) rather than converted by our scripts.
 */
final class BookFolder {

    private BookFolder() {}

    /**
     * The book in {@code folder}: a folder of pages (an HTML manual, with or without an index page) or a file the
     * importer reads, else seed text.
     */
    static Library load(Path folder) throws LibraryException {
        BookImporter importer = BookFormats.importer(ImportLimits.DEFAULT, Clock.systemUTC());
        return importer.accepts(folder)
                ? importer.load(folder)
                : new LibraryLoader(new SeedParser(), Clock.systemUTC(), SeedLimits.DEFAULT, importer).load(folder);
    }
}
