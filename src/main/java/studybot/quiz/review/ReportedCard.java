package studybot.quiz.review;

import java.util.List;
import java.util.Objects;

/**
 * A reported question as the member saw it. Kept with the report because questions are derived from the book, never
 * stored: after an edit the operator still reads what was wrong with it.
 *
 * @param cardId the question's card id (its fact and kind)
 * @param section the number of the section its fact is from, e.g. {@code 20.4}
 * @param prompt what was asked
 * @param choices the choices in the order shown
 * @param answer the right choice
 * @param fact the key fact the question was made from
 */
public record ReportedCard(
        String cardId, String section, String prompt, List<String> choices, String answer, String fact) {

    public ReportedCard {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(prompt, "prompt");
        choices = List.copyOf(choices);
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(fact, "fact");
    }
}
