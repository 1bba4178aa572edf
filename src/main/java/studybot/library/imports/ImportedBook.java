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
 */
public record ImportedBook(
        String id,
        String title,
        String author,
        String language,
        List<ImportedSection> chapters,
        List<Skipped> skipped,
        double keptShare) {

    public ImportedBook {
        Objects.requireNonNull(id, "id");
        title = MetadataText.clean(Objects.requireNonNull(title, "title"));
        author = MetadataText.clean(Objects.requireNonNull(author, "author"));
        Objects.requireNonNull(language, "language");
        chapters = List.copyOf(chapters);
        skipped = List.copyOf(skipped);
        if (!(keptShare >= 0 && keptShare <= 1)) {
            throw new IllegalArgumentException("keptShare is a share, 0 to 1: " + keptShare);
        }
    }
}
