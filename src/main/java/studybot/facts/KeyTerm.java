package studybot.facts;

import java.util.Objects;

/**
 * A term of a key fact that is distinctive for its section, as written in the fact ({@code text}), with its stems (the
 * analysed form, space-separated for a phrase), its {@link TermKind} and how distinctive it is. {@code topical} says
 * the term is a subject of the book rather than a passing word: it is a name, an acronym or an identifier, occurs more
 * than once in its section, or appears in a section title. Only topical terms are blanked in questions.
 */
public record KeyTerm(String text, String stems, TermKind kind, double weight, boolean topical) {

    public KeyTerm {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(stems, "stems");
        Objects.requireNonNull(kind, "kind");
    }
}
