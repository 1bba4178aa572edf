package studybot.quiz;

import java.util.List;
import java.util.Objects;
import studybot.facts.FactIds;
import studybot.facts.KeyFact;

/**
 * One multiple-choice question, derived from a key fact and never stored: {@code cardId} names it across reloads while
 * its fact is unchanged (a hash of the kind and the normalised fact). {@code prompt} is what is asked, {@code choices}
 * are the four answers in the order shown, {@code answer} indexes the right one, and {@code fact} is what the answerer
 * is shown afterwards.
 */
public record Question(
        String cardId, QuestionKind kind, String prompt, List<String> choices, int answer, KeyFact fact) {

    public Question {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(prompt, "prompt");
        choices = List.copyOf(choices);
        if (answer < 0 || answer >= choices.size()) {
            throw new IllegalArgumentException("answer " + answer + " is not one of " + choices.size() + " choices");
        }
        Objects.requireNonNull(fact, "fact");
    }

    public String rightChoice() {
        return choices.get(answer);
    }

    /** A short stable id of a choice's text, for answer buttons: the answer is checked by text, not by position. */
    public static String choiceId(String choice) {
        return FactIds.of(choice).substring(0, 8);
    }

    /** The index of the choice with this id, or -1. */
    public int choiceWithId(String choiceId) {
        for (int i = 0; i < choices.size(); i++) {
            if (choiceId(choices.get(i)).equals(choiceId)) {
                return i;
            }
        }
        return -1;
    }
}
