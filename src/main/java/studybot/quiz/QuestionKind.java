package studybot.quiz;

import java.util.Arrays;
import java.util.Optional;

/** The two kinds of question made from a key fact. {@code code} goes into card ids and button ids: never change it. */
public enum QuestionKind {
    /** The fact with one key term blanked out; the choices are the term and three of the same kind. */
    FILL_IN_THE_BLANK("b"),
    /** The fact with its section's title words masked; the choices are four section titles. */
    WHICH_SECTION("s");

    private final String code;

    QuestionKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The kind a card id is of (its first letter is the kind's code); empty for an id no card has. */
    public static Optional<QuestionKind> ofCard(String cardId) {
        return Arrays.stream(values())
                .filter(kind -> cardId.startsWith(kind.code))
                .findFirst();
    }
}
