package studybot.library.imports;

import java.nio.file.Path;
import java.util.Optional;
import studybot.library.BookLanguage;
import studybot.library.LibraryException;

/**
 * Reads one source format into an {@link ImportedBook}. A reader refuses a file it can't use with a
 * {@link LibraryException} whose message is one line a book's owner can act on (an encrypted PDF, a PDF without an
 * outline, a DRM-protected EPUB, a zip bomb), and never reads more than {@link ImportLimits} allow.
 */
public interface FormatReader {

    /** The format's name as people know it ("EPUB", "Markdown"), for the load summary in logs and {@code /stats}. */
    String format();

    /** Whether this reader takes the file or folder at {@code source}, judged from its name and first bytes. */
    boolean accepts(Path source);

    ImportedBook read(Path source, ImportLimits limits) throws LibraryException;

    /**
     * Reads the book, preferring the pages in {@code language} (the configured {@code book.language}) where it holds
     * the same pages in several (Debian's {@code page.de.html} and {@code page.en.html}); a format that holds one
     * language reads as {@link #read(Path, ImportLimits)} does.
     */
    default ImportedBook read(Path source, ImportLimits limits, Optional<BookLanguage> language)
            throws LibraryException {
        return read(source, limits);
    }
}
