package studybot.facts;

import java.util.Objects;

/**
 * The key facts and the flattened sub-headings of one edition of the book, found in one reading of it
 * ({@link KeyFactExtractor#extractWithSubHeadings}): both split every paragraph into sentences by the same rule.
 */
public record FactsAndSubHeadings(KeyFacts facts, SubHeadings subHeadings) {

    public FactsAndSubHeadings {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(subHeadings, "subHeadings");
    }
}
