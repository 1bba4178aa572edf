package studybot.section.command;

import java.util.List;
import studybot.facts.SubHeading;
import studybot.library.Section;
import studybot.reply.Text;

/**
 * A section's body as {@code /section} shows it: the book's paragraphs separated by a blank line, and each
 * sub-heading the seed format flattened into a paragraph ("The Party Line: Classic Pub/Sub Redis Pub/Sub is…")
 * in bold on a line of its own, after a blank line, with the text it heads on the next line. The words are the
 * book's own; only the line breaks around a heading are added.
 */
final class SectionBody {

    private static final String BEFORE_HEADING = "\n\n";
    private static final String AFTER_HEADING = "\n";

    private SectionBody() {
    }

    /** @param headings where the section's flattened sub-headings are in its body, in order */
    static Text of(Section section, List<SubHeading> headings) {
        String body = section.body();
        Text.Builder text = Text.builder();
        int at = 0;
        for (SubHeading heading : headings) {
            String before = body.substring(at, heading.start()).stripTrailing();
            if (!before.isEmpty()) {
                text.plain(before).plain(BEFORE_HEADING);
            }
            text.strong(body.substring(heading.start(), heading.end())).plain(AFTER_HEADING);
            at = heading.end();
            while (at < body.length() && Character.isWhitespace(body.charAt(at))) {
                at++;
            }
        }
        return text.plain(body.substring(at)).build();
    }
}
