package studybot.library.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.library.BookImport;
import studybot.library.BookLanguage;
import studybot.library.Library;
import studybot.library.LibraryException;

/**
 * Imports a book with the first {@link FormatReader} that takes it, then numbers it with the {@link BookAssembler}. A
 * file over {@link ImportLimits#maxFileBytes()} is refused from its size alone, before any reader opens it. The load
 * report is logged, a line each, so the operator sees at start and on reload what was left out.
 */
public final class BookImporter implements BookImport {

    private static final Logger LOG = LoggerFactory.getLogger(BookImporter.class);

    private final List<FormatReader> readers;
    private final ImportLimits limits;
    private final BookAssembler assembler;

    public BookImporter(List<FormatReader> readers, ImportLimits limits, BookAssembler assembler) {
        this.readers = List.copyOf(readers);
        this.limits = limits;
        this.assembler = assembler;
    }

    @Override
    public boolean accepts(Path source) {
        return reader(source).isPresent();
    }

    @Override
    public Library load(Path source) throws LibraryException {
        AssembledBook book = importBook(source);
        LOG.info("Imported {}", source);
        book.report().lines().forEach(line -> LOG.info("  {}", line));
        return book.library();
    }

    /** The book at {@code source} with its load report, or a one-line refusal. */
    public AssembledBook importBook(Path source) throws LibraryException {
        return importBook(source, Optional.empty());
    }

    /**
     * The book at {@code source} with its load report, or a one-line refusal; where it holds its pages in several
     * languages, {@code language}'s are read ({@link FormatReader#read(Path, ImportLimits, Optional)}).
     */
    public AssembledBook importBook(Path source, Optional<BookLanguage> language) throws LibraryException {
        if (!Files.exists(source)) {
            throw new LibraryException("noSuchFile", Map.of("source", source));
        }
        if (Files.isRegularFile(source)) {
            limits.requireFileWithin(source);
        }
        FormatReader reader =
                reader(source).orElseThrow(() -> new LibraryException("notABook", Map.of("source", source)));
        ImportedBook imported = reader.read(source, limits, language);
        AssembledBook book = assembler.assemble(imported, source.toString());
        return new AssembledBook(
                book.source(), book.library().withSummary(book.report().summary(reader.format())), book.report());
    }

    private Optional<FormatReader> reader(Path source) {
        return readers.stream().filter(reader -> reader.accepts(source)).findFirst();
    }
}
