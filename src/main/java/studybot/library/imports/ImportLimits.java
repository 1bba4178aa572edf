package studybot.library.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import studybot.library.LibraryException;

/**
 * The most a book import reads, checked before the bytes are held: the file (or zip) on disk, everything a zip unpacks
 * to, any one entry, the entries' count, the text extracted, and one HTML, XHTML or XML page's characters and tags,
 * counted before the page is parsed ({@link PageMarkup}). Real EPUBs and PDFs with images run to 20–100 MB, so the file
 * limit is generous while the text and page limits keep the heap bounded: a parsed page costs a few hundred bytes a
 * tag, so a 44 KB EPUB whose one entry unpacks to 44 MB of {@code <b>a</b>} would need gigabytes.
 *
 * @param maxPageChars the most characters one page may hold (a page read from a file: its bytes)
 * @param maxPageElements the most tags one page may open ({@code <} followed by a letter)
 */
public record ImportLimits(
        long maxFileBytes,
        long maxUnpackedBytes,
        long maxEntryBytes,
        int maxEntries,
        long maxTextChars,
        long maxPageChars,
        int maxPageElements) {

    /**
     * 20 million characters a page: the largest single-page manuals run to 10–15 MB. A page at this limit parses in
     * well under the documented 1 GB heap.
     */
    public static final long DEFAULT_MAX_PAGE_CHARS = 20_000_000L;

    /** A million tags a page: a 10 MB page of highlighted source code (rustdoc's largest) opens about 265,000. */
    public static final int DEFAULT_MAX_PAGE_ELEMENTS = 1_000_000;

    /** 150 MB a file, 300 MB unpacked, 50 MB an entry, 20,000 entries, 20 million characters of text. */
    public static final ImportLimits DEFAULT =
            new ImportLimits(150_000_000L, 300_000_000L, 50_000_000L, 20_000, 20_000_000L);

    /**
     * Heap bytes one character of a page needs while it is parsed: a page of 13 million characters, one paragraph,
     * parsed in a 256 MB heap. Java's default heap is a quarter of the host's memory, 256 MB on a 1 GB host.
     */
    static final long HEAP_BYTES_PER_PAGE_CHAR = 20;
    /** Heap bytes one tag of a page needs while it is parsed and read: a million took about 1 GB. */
    static final long HEAP_BYTES_PER_PAGE_ELEMENT = 1_000;
    /**
     * Heap bytes one character of a book needs to be served and to have its key facts found: about 100 MB a million
     * words once served (see docs/books.md), with room for the words' statistics built on the way.
     */
    static final long HEAP_BYTES_PER_TEXT_CHAR = 32;

    public ImportLimits {
        if (maxFileBytes <= 0
                || maxUnpackedBytes <= 0
                || maxEntryBytes <= 0
                || maxEntries <= 0
                || maxTextChars <= 0
                || maxPageChars <= 0
                || maxPageElements <= 0) {
            throw new IllegalArgumentException("import limits must be positive");
        }
    }

    /** The given limits with the default page limits. */
    public ImportLimits(
            long maxFileBytes, long maxUnpackedBytes, long maxEntryBytes, int maxEntries, long maxTextChars) {
        this(
                maxFileBytes,
                maxUnpackedBytes,
                maxEntryBytes,
                maxEntries,
                maxTextChars,
                DEFAULT_MAX_PAGE_CHARS,
                DEFAULT_MAX_PAGE_ELEMENTS);
    }

    /**
     * The {@link #DEFAULT} limits with text and page limits that a heap of {@code maxHeapBytes} can read: on a small
     * host the largest book or page is refused in one line instead of running the bot out of memory, and from a 1 GB
     * heap up the defaults apply.
     */
    public static ImportLimits forHeap(long maxHeapBytes) {
        return new ImportLimits(
                DEFAULT.maxFileBytes(),
                DEFAULT.maxUnpackedBytes(),
                DEFAULT.maxEntryBytes(),
                DEFAULT.maxEntries(),
                Math.max(1, Math.min(DEFAULT.maxTextChars(), maxHeapBytes / HEAP_BYTES_PER_TEXT_CHAR)),
                Math.max(1, Math.min(DEFAULT_MAX_PAGE_CHARS, maxHeapBytes / HEAP_BYTES_PER_PAGE_CHAR)),
                (int) Math.max(1, Math.min(DEFAULT_MAX_PAGE_ELEMENTS, maxHeapBytes / HEAP_BYTES_PER_PAGE_ELEMENT)));
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
