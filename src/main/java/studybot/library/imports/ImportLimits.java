package studybot.library.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import studybot.library.LibraryException;

/**
 * The most a book import reads, checked before the bytes are held: the file (or zip) on disk, everything a zip unpacks
 * to, any one entry, the entries' count, and the text extracted. Real EPUBs and PDFs with images run to 20–100 MB, so
 * the file limit is generous while the text limit keeps the heap bounded.
 */
public record ImportLimits(
        long maxFileBytes, long maxUnpackedBytes, long maxEntryBytes, int maxEntries, long maxTextChars) {

    /** 150 MB a file, 300 MB unpacked, 50 MB an entry, 20,000 entries, 20 million characters of text. */
    public static final ImportLimits DEFAULT =
            new ImportLimits(150_000_000L, 300_000_000L, 50_000_000L, 20_000, 20_000_000L);

    public ImportLimits {
        if (maxFileBytes <= 0 || maxUnpackedBytes <= 0 || maxEntryBytes <= 0 || maxEntries <= 0 || maxTextChars <= 0) {
            throw new IllegalArgumentException("import limits must be positive");
        }
    }

    /** Refuses the file at {@code source}, from its size alone, when it is over {@link #maxFileBytes}. */
    public void requireFileWithin(Path source) throws LibraryException {
        long size;
        try {
            size = Files.size(source);
        } catch (IOException e) {
            throw LibraryException.cannotRead(source, e);
        }
        if (size > maxFileBytes) {
            throw LibraryException.tooBig("fileTooBig", source, size, maxFileBytes);
        }
    }
}
