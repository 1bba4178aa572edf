package studybot.library;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One section of the book: the number and title from its heading and its body as {@link Block blocks} in order.
 * {@link #paragraphs()} is the prose alone, which is all that key facts, tips, quiz questions and reading time ever
 * see, so a code listing never becomes a sentence. {@code origin} says where it came from so errors can name the file
 * and line. A value: two sections with the same number, title, blocks and origin are equal.
 */
public final class Section {

    private final SectionNumber number;
    private final String title;
    private final List<Block> blocks;
    private final List<String> paragraphs;
    private final SourceLine origin;

    /** A section of prose paragraphs only, as the seed format has them. */
    public Section(SectionNumber number, String title, List<String> paragraphs, SourceLine origin) {
        this(number, title, origin, paragraphs.stream().map(Block::prose).toList());
    }

    private Section(SectionNumber number, String title, SourceLine origin, List<Block> blocks) {
        this.number = Objects.requireNonNull(number, "number");
        this.title = Objects.requireNonNull(title, "title");
        this.blocks = List.copyOf(blocks);
        this.paragraphs = this.blocks.stream()
                .filter(block -> block.kind() == Block.Kind.PROSE)
                .map(Block::text)
                .toList();
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    /** A section whose body mixes prose with code listings, tables and images, as imported books have them. */
    public static Section ofBlocks(SectionNumber number, String title, List<Block> blocks, SourceLine origin) {
        return new Section(number, title, origin, blocks);
    }

    public SectionNumber number() {
        return number;
    }

    public String title() {
        return title;
    }

    /** The whole body in order: prose, code, tables and images. */
    public List<Block> blocks() {
        return blocks;
    }

    /** The prose paragraphs only, in order. */
    public List<String> paragraphs() {
        return paragraphs;
    }

    public SourceLine origin() {
        return origin;
    }

    /** The heading as readers see it: {@code 20.4 Replication Groups: Primary Node and Read Replicas}. */
    public String heading() {
        return number + " " + title;
    }

    /** The prose with paragraphs separated by a blank line. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }

    /**
     * What search finds a section by: the prose first (so offsets into {@link #body()} hold), then the text of its code
     * listings, tables and images, which are searchable though never quoted as running text.
     */
    public String searchableText() {
        String rest = blocks.stream()
                .filter(block -> block.kind() != Block.Kind.PROSE)
                .map(Block::text)
                .collect(Collectors.joining("\n\n"));
        if (rest.isEmpty()) {
            return body();
        }
        return paragraphs.isEmpty() ? rest : body() + "\n\n" + rest;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Section section
                && number.equals(section.number)
                && title.equals(section.title)
                && blocks.equals(section.blocks)
                && origin.equals(section.origin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, title, blocks, origin);
    }

    @Override
    public String toString() {
        return "Section[" + heading() + " at " + origin + ", " + blocks.size() + " blocks]";
    }
}
