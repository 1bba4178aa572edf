package studybot.search;

import java.util.ArrayList;
import java.util.List;
import studybot.facts.SubHeading;
import studybot.library.Block;
import studybot.library.Section;

/**
 * A part of a section's {@link Section#searchableText() searchable text} that an excerpt may quote as one piece:
 * {@code [start, end)}, and what kind of text it is. The searchable text is the prose, then the code listings, tables
 * and images, so a window of it can run from the last paragraph into the first listing ("…type: String! fn main() {");
 * quoting inside one stretch never glues prose to code, nor prose on either side of a listing to each other.
 */
record TextStretch(int start, int end, Block.Kind kind) {

    private static final int SEPARATOR = "\n\n".length();

    /**
     * The section's stretches: each run of prose paragraphs that no listing, table or image interrupts, cut at the
     * flattened sub-headings {@code headings}, in order; then each other block on its own, in order.
     */
    static List<TextStretch> of(Section section, List<SubHeading> headings) {
        List<TextStretch> prose = new ArrayList<>();
        List<TextStretch> others = new ArrayList<>();
        int proseAt = 0;
        int runStart = -1;
        boolean firstParagraph = true;
        int otherAt = section.paragraphs().isEmpty() ? 0 : bodyLength(section) + SEPARATOR;
        for (Block block : section.blocks()) {
            if (block.kind() == Block.Kind.PROSE) {
                proseAt += firstParagraph ? 0 : SEPARATOR;
                firstParagraph = false;
                runStart = runStart < 0 ? proseAt : runStart;
                proseAt += block.text().length();
            } else {
                if (runStart >= 0) {
                    addBetweenHeadings(runStart, proseAt, headings, prose);
                    runStart = -1;
                }
                others.add(new TextStretch(otherAt, otherAt + block.text().length(), block.kind()));
                otherAt += block.text().length() + SEPARATOR;
            }
        }
        if (runStart >= 0) {
            addBetweenHeadings(runStart, proseAt, headings, prose);
        }
        prose.addAll(others);
        return prose;
    }

    /** The length of {@link Section#body()}, without joining the section's text on every search hit to learn it. */
    private static int bodyLength(Section section) {
        List<String> paragraphs = section.paragraphs();
        return paragraphs.stream().mapToInt(String::length).sum() + SEPARATOR * (paragraphs.size() - 1);
    }

    boolean isProse() {
        return kind == Block.Kind.PROSE;
    }

    /** The parts of the prose run {@code [start, end)} between the sub-headings that lie in it. */
    private static void addBetweenHeadings(int start, int end, List<SubHeading> headings, List<TextStretch> into) {
        int at = start;
        for (SubHeading heading : headings) {
            if (heading.end() <= at || heading.start() >= end) {
                continue;
            }
            if (heading.start() > at) {
                into.add(new TextStretch(at, heading.start(), Block.Kind.PROSE));
            }
            at = heading.end();
        }
        if (at < end) {
            into.add(new TextStretch(at, end, Block.Kind.PROSE));
        }
    }
}
