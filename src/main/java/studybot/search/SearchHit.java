package studybot.search;

import java.util.Objects;
import studybot.library.SectionNumber;
import studybot.reply.Text;

/**
 * One section found by a search, with a quote showing why it matched.
 *
 * @param number the section, to open it
 * @param title the section's title as the book has it (plain text, not escaped)
 * @param excerpt about 200 characters of the section, matched words emphasised, {@code …} where the section goes on;
 *     never across a flattened sub-heading. When only the title matched, the title with its matched words emphasised,
 *     then a line with the start of the body.
 * @param score relevance; only meaningful for comparing hits of the same search
 */
public record SearchHit(SectionNumber number, String title, Text excerpt, float score) {

    public SearchHit {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(excerpt, "excerpt");
    }
}
