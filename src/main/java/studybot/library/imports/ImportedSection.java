package studybot.library.imports;

import java.util.List;
import java.util.Objects;
import studybot.library.Block;

/**
 * A heading and what follows it, as a source format carries it, before the book is numbered. Each format reader (EPUB,
 * HTML, Markdown, PDF) produces a tree of these; {@code BookAssembler} numbers it once for every format.
 *
 * @param printedNumber the number the book prints in the heading ({@code "20.4"}, {@code "A.3"}), or empty when it
 *     prints none; the title never repeats it
 * @param location where the heading is in the source, for the load report: a file and anchor, or a PDF page
 */
public record ImportedSection(
        String printedNumber, String title, List<Block> blocks, List<ImportedSection> children, String location) {

    public ImportedSection {
        Objects.requireNonNull(printedNumber, "printedNumber");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
        children = List.copyOf(children);
        Objects.requireNonNull(location, "location");
    }
}
