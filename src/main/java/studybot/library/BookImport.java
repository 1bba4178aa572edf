package studybot.library;

import java.nio.file.Path;

/**
 * Reads books that are not seed text (EPUB, HTML, Markdown, PDF) for {@link LibraryLoader}, which knows only the seed
 * format itself. The import side lives in {@code studybot.library.imports}, which depends on this package and not the
 * other way round.
 */
public interface BookImport {

    /** Whether the file or folder at {@code source} is a book this can read. */
    boolean accepts(Path source);

    /** The book at {@code source}, numbered and ready to serve; its load report is logged. */
    Library load(Path source) throws LibraryException;
}
