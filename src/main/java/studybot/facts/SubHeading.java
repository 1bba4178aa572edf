package studybot.facts;

/**
 * Where one flattened sub-heading sits in a text: characters {@code [start, end)}. The heading is the book's own words,
 * so a renderer shows {@code text.substring(start, end)} as they are, only on a line of its own.
 */
public record SubHeading(int start, int end) {

    public SubHeading {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException(
                    "a sub-heading is [start, end) with 0 <= start < end: " + start + ", " + end);
        }
    }
}
