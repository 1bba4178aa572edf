package studybot.shelf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studybot.library.Library;
import studybot.library.LibraryException;
import studybot.library.LibraryLoader;
import studybot.library.imports.AssembledBook;
import studybot.library.imports.BookImporter;
import studybot.library.imports.ImportedBook;
import studybot.library.imports.LoadReport;

/**
 * Reads one book of the shelf and names it. Seed text goes through the seed loader, everything else through the
 * importer (with its limits on file size, unpacked size, entries and text). The id is the operator's alias for the file
 * or folder name if there is one, else the book's own identifier (an EPUB's {@code dc:identifier}), else the file or
 * folder name, each made into a {@link BookId}; the title is the metadata's, else the file name. Its language is the
 * config's ({@link BookLanguages}), else the metadata's.
 */
public final class BookReading {

    private final LibraryLoader seedText;
    private final BookImporter importer;
    private final Map<String, BookId> aliases;
    private final BookLanguages languages;

    /**
     * @param aliases {@code name=id} pairs, as {@code book.aliases} gives them
     * @param languages the config's languages for the seeds folder's books, over their metadata
     */
    public BookReading(LibraryLoader seedText, BookImporter importer, List<String> aliases, BookLanguages languages) {
        this.seedText = seedText;
        this.importer = importer;
        this.languages = languages;
        Map<String, BookId> byName = new HashMap<>();
        for (String alias : aliases) {
            int equals = alias.indexOf('=');
            byName.put(alias.substring(0, equals).strip(), BookId.slug(alias.substring(equals + 1)));
        }
        this.aliases = Map.copyOf(byName);
    }

    /** The book at {@code source}, or a one-line refusal naming the file (and line) to fix. */
    public ReadBook read(BookSource source) throws LibraryException {
        if (source.seedText()) {
            Library library = inConfiguredLanguage(source, seedText.load(source.path()));
            return new ReadBook(
                    source,
                    idOf(source, ""),
                    source.fileName(),
                    "",
                    library,
                    LoadReport.of(library, source.path().toString()));
        }
        AssembledBook book = importer.importBook(source.path());
        ImportedBook imported = book.source();
        return new ReadBook(
                source,
                idOf(source, imported.id()),
                imported.title().isBlank()
                        ? source.baseName()
                        : imported.title().strip(),
                imported.author().strip(),
                inConfiguredLanguage(source, book.library()),
                book.report());
    }

    private Library inConfiguredLanguage(BookSource source, Library library) {
        return languages.of(source).map(library::withLanguage).orElse(library);
    }

    /** What the book at {@code source} would be called without reading it: its alias, else its name. */
    public BookId provisionalId(BookSource source) {
        return alias(source).orElseGet(() -> BookId.slug(source.baseName()));
    }

    private BookId idOf(BookSource source, String ownIdentifier) {
        return alias(source)
                .or(() -> ownIdentifier.isBlank() ? Optional.empty() : Optional.of(BookId.slug(ownIdentifier)))
                .orElseGet(() -> BookId.slug(source.baseName()));
    }

    /** Aliases name books of the seeds folder only: an uploader cannot take over an operator's id. */
    private Optional<BookId> alias(BookSource source) {
        if (source.owner().isPresent()) {
            return Optional.empty();
        }
        return Optional.ofNullable(aliases.get(source.fileName()))
                .or(() -> Optional.ofNullable(aliases.get(source.baseName())));
    }
}
