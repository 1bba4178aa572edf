package studybot.library;

import java.util.Objects;

/**
 * One piece of a section's body as the book has it. Only prose is split into sentences, becomes a tip or a quiz fact,
 * or is quoted in an excerpt as running text; code stays a listing (searchable, shown as a code block), and a table or
 * an image is kept as the readable text the importer made of it.
 */
public record Block(Kind kind, String text) {

    /** What a block is, which decides how it is shown and whether facts may come from it. */
    public enum Kind {
        /** Running text: a paragraph. */
        PROSE,
        /** A code listing, kept line for line. */
        CODE,
        /** A table, as one readable line per row. */
        TABLE,
        /** An image, as its alt text or a note that one was there. */
        IMAGE
    }

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static Block prose(String text) {
        return new Block(Kind.PROSE, text);
    }

    public static Block code(String text) {
        return new Block(Kind.CODE, text);
    }
}
