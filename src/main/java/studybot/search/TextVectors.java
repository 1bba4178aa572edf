package studybot.search;

import java.util.List;

/**
 * Vectors of short texts from the model that search by meaning loaded, handed to the features that compare words by
 * meaning (the quiz chooses distractors with them) once the model is up: they never load a model of their own, and what
 * they embed is kept in the book's vector store beside its passages, so a restart embeds it no more.
 */
@FunctionalInterface
public interface TextVectors {

    /** The unit vectors of {@code texts}, in order. */
    List<float[]> of(List<String> texts);
}
