package studybot.quiz;

import java.util.List;

/**
 * What the book's terms mean, as unit vectors from a sentence-embedding model (MiniLM). A distractor chosen only by its
 * shape and its chapter is often a noun of the book that no student would put in the sentence ("developer" for a
 * chromosome); chosen among the terms nearest in meaning to the answer, it is plausible, and a ceiling on the
 * similarity keeps out synonyms, which would be true as well.
 */
@FunctionalInterface
public interface TermMeanings {

    /** The unit vectors of the terms, in order. */
    List<float[]> vectors(List<String> terms);
}
