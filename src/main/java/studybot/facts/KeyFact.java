package studybot.facts;

import java.util.List;
import java.util.Objects;
import studybot.library.SectionNumber;

/**
 * One thing a student should remember from a section: one sentence, or two adjacent ones, that read correctly on their
 * own. {@code id} is a hash of the normalised text, so it stays the same across reloads while the fact is unchanged.
 * {@code sources} are the sentences of the book it was made from, as the book has them (before a leading connective was
 * dropped). {@code terms} are its key terms, most distinctive first.
 */
public record KeyFact(String id, String text, SectionNumber section, List<KeyTerm> terms, List<String> sources) {

    public KeyFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(section, "section");
        terms = List.copyOf(terms);
        sources = List.copyOf(sources);
    }
}
