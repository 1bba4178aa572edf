package studybot.library.imports;

import java.util.List;
import java.util.Objects;

/**
 * A whole book as a format reader found it: metadata, the tree of headings, and what was left out.
 *
 * @param id a stable identifier from the book itself (an EPUB's {@code dc:identifier}), or empty to let the library
 *     name the book after its file or folder
 * @param title the title from the book's metadata, or empty; {@link MetadataText cleaned} as it is read
 * @param author the author from the metadata, or empty; cleaned the same way
 * @param language a BCP 47 language tag from the metadata ({@code en}, {@code de}), or empty when unknown
 * @param chapters the top level of the outline, in reading order
 * @param skipped every part not imported
 * @param keptShare the share of the source's text that made it into the sections, 0 to 1 (PDFs report it; the markup
 *     formats 1 unless they left something out)
 * @param order where the chapters' order came from: the book's table of contents (or spine, outline, headings), its
 *     start page's links, or only its files' names; the load report must not call either of the last two the table of
 *     contents
 */
public record ImportedBook(
        String id,
        String title,
        String author,
        String language,
        List<ImportedSection> chapters,
        List<Skipped> skipped,
        double keptShare,
        Order order) {

    /** Where the order of a book's chapters came from. */
    public enum Order {
        /** The book's own table of contents, spine, outline or headings. */
        CONTENTS,
        /** Only the names of its files: nothing in the book gave an order. */
        FILE_NAMES,
        /**
         * No table of contents: the start page, then the pages it links in their order, then the rest by file name (an
         * HTML folder whose pages mark no contents).
         */
        START_PAGE_LINKS
    }

    /** A book ordered by its own contents. */
    public ImportedBook(
            String id,
            String title,
            String author,
            String language,
            List<ImportedSection> chapters,
            List<Skipped> skipped,
            double keptShare) {
        this(id, title, author, language, chapters, skipped, keptShare, Order.CONTENTS);
    }

    public ImportedBook {
        Objects.requireNonNull(id, "id");
        title = MetadataText.clean(Objects.requireNonNull(title, "title"));
        author = MetadataText.clean(Objects.requireNonNull(author, "author"));
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(order, "order");
        chapters = List.copyOf(chapters);
        skipped = List.copyOf(skipped);
        if (!(keptShare >= 0 && keptShare <= 1)) {
            throw new IllegalArgumentException("keptShare is a share, 0 to 1: " + keptShare);
        }
    }
}
