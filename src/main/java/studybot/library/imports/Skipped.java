package studybot.library.imports;

import java.util.Objects;

/**
 * A part of the source that was not imported, so that nothing is dropped silently: the load report counts these by kind
 * and lists each with its reason and location.
 *
 * @param kind what was left out, in a word: {@code front-matter}, {@code script}, {@code empty-page} …
 * @param reason why, in words a book's owner understands
 * @param location where in the source
 */
public record Skipped(String kind, String reason, String location) {

    public Skipped {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(location, "location");
    }
}
