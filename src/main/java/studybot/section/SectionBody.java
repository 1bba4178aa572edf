package studybot.section;

import java.util.List;
import studybot.facts.SubHeading;
import studybot.library.Block;
import studybot.library.Section;
import studybot.reply.Text;

/**
 * A section's body as {@code /section} shows it: the book's paragraphs separated by a blank line, and each sub-heading
 * the seed format flattened into a paragraph ("The Party Line: Classic Pub/Sub Redis Pub/Sub is…") in bold on a line of
 * its own, after a blank line, with the text it heads on the next line. Code listings are code blocks; tables and
 * images are their readable lines. The words are the book's own; only the line breaks around a heading are added.
 */
final class SectionBody {

    private static final String BEFORE_HEADING = "\n\n";
    private static final String AFTER_HEADING = "\n";
    private static final String BETWEEN_BLOCKS = "\n\n";

    private SectionBody() {}

    /** @param headings where the section's flattened sub-headings are in its body, in order */
    static Text of(Section section, List<SubHeading> headings) {
        if (section.blocks().stream().allMatch(block -> block.kind() == Block.Kind.PROSE)) {
            return prose(section.body(), 0, section.body().length(), headings);
        }
        String body = section.body();
        Text.Builder text = Text.builder();
        int paragraphStart = 0;
        boolean first = true;
        for (Block block : section.blocks()) {
            if (!first) {
                text.plain(BETWEEN_BLOCKS);
            }
            first = false;
            if (block.kind() == Block.Kind.PROSE) {
                int end = paragraphStart + block.text().length();
                text.append(prose(body, paragraphStart, end, headings));
                paragraphStart = end + BETWEEN_BLOCKS.length();
            } else if (block.kind() == Block.Kind.CODE) {
                text.codeBlock(block.text());
            } else {
                text.plain(block.text());
            }
        }
        return text.build();
    }

    /** {@code body[from, to)} with the sub-headings inside it in bold on lines of their own. */
    private static Text prose(String body, int from, int to, List<SubHeading> headings) {
        Text.Builder text = Text.builder();
        int at = from;
        for (SubHeading heading : headings) {
            if (heading.start() < from || heading.end() > to) {
                continue;
            }
            String before = body.substring(at, heading.start()).stripTrailing();
            if (!before.isEmpty()) {
                text.plain(before).plain(BEFORE_HEADING);
            }
            text.strong(body.substring(heading.start(), heading.end())).plain(AFTER_HEADING);
            at = heading.end();
            while (at < to && Character.isWhitespace(body.charAt(at))) {
                at++;
            }
        }
        return text.plain(body.substring(at, to)).build();
    }
}
