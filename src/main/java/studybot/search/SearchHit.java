package studybot.search;

import java.util.Objects;
import studybot.library.SectionNumber;

/**
 * One section found by a search, with a quote showing why it matched.
 *
 * @param number  the section, to open it
 * @param title   the section's title as the book has it (plain text, not escaped)
 * @param excerpt about 200 characters of the section in Discord markdown: the book's own text escaped, matched
 *                words in bold, {@code …} where the section goes on. When only the title matched, the title with
 *                its matched words in bold, then a line with the start of the body.
 * @param score   relevance; only meaningful for comparing hits of the same search
 */
public record SearchHit(SectionNumber number, String title, String excerpt, float score) {

    public SearchHit {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(excerpt, "excerpt");
    }
}
