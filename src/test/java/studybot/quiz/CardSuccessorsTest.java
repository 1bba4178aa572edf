package studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import studybot.facts.EarlierFactTexts;
import studybot.facts.KeyFactExtractor;
import studybot.facts.LabelledBook;
import studybot.library.Library;

class CardSuccessorsTest {

    @Test
    void aCardWhoseFactLostASentenceFollowsItsQuestionOfTheSameKind() {
        Library library = LabelledBook.operatingSystems().library();
        QuizDeck deck = QuizDeck.build(library, new KeyFactExtractor().extract(library));
        EarlierFactTexts earlierTexts = EarlierFactTexts.of(library);
        // as an earlier studybot may have cut it: the fact and the sentence after it
        Map.Entry<Question, String> earlier = deck.all().stream()
                .flatMap(question -> earlierTexts
                        .of(library.find(question.fact().section()).orElseThrow())
                        .stream()
                        .filter(text -> text.startsWith(question.fact().text() + " "))
                        .filter(text ->
                                text.length() < 2 * question.fact().text().length())
                        .map(text -> Map.entry(question, text)))
                .findFirst()
                .orElseThrow();
        String earlierCard = QuizDeck.cardId(earlier.getKey().kind(), earlier.getValue());
        String stillAsked = deck.all().get(0).cardId();

        Map<String, String> successors =
                CardSuccessors.of(library, deck, Set.of(earlierCard, stillAsked, "sfedcba9876543210"));

        assertThat(successors)
                .as("the card of the fact with the sentence after it; a card still asked, or unknown, stays")
                .containsExactly(Map.entry(earlierCard, earlier.getKey().cardId()));
    }

    @Test
    void oneFactIsTheOtherWithASentenceOrAHeadwordMoreNotOneSharingWords() {
        assertThat(overlap("Return a shallow copy of the list.", "list.copy(): Return a shallow copy of the list."))
                .isPositive();
        assertThat(overlap(
                        "If you store using a key that is already in use, the old value associated with that key is"
                                + " forgotten. It is an error to extract a value using a non-existent key.",
                        "If you store using a key that is already in use, the old value associated with that key is"
                                + " forgotten."))
                .isPositive();
        assertThat(overlap(
                        "If an exception occurs during execution of the try clause, the rest of the clause is skipped.",
                        "If no exception occurs, the except clause is skipped and execution of the try statement is"
                                + " finished."))
                .isZero();
        assertThat(overlap(
                        "You can also install a specific version of a package by giving the package name followed by"
                                + " == and the version number.",
                        "You can install the latest version of a package by specifying a package’s name."))
                .isZero();
    }

    private static double overlap(String one, String other) {
        List<String> words = CardSuccessors.words(one);
        return CardSuccessors.overlap(words, CardSuccessors.words(other));
    }
}
