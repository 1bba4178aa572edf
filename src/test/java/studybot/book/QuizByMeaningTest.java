package studybot.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.facts.KeyFactExtractor;
import studybot.library.TestBooks;
import studybot.quiz.Question;
import studybot.quiz.QuestionKind;
import studybot.quiz.QuizDeck;

/**
 * An edition's quiz deck rebuilt with distractors chosen by meaning (once search by meaning has loaded its model): the
 * cards keep their ids, so members' reviews keep their cards, and answers to questions asked before are told apart from
 * made-up ones by the time the new deck was put in place.
 */
class QuizByMeaningTest {

    private final BookBinder binder =
            new BookBinder(new CacheConfig(100, 600, true), new SearchConfig(5, false), new KeyFactExtractor());

    @Test
    void theDeckRebuiltByMeaningKeepsItsCardIdsAndSaysWhenItWasPutInPlace() {
        Book book = binder.bind(TestBooks.seed());
        QuizDeck before = book.quiz();
        assertThat(book.quizSince()).isEqualTo(book.library().loadedAt());
        Instant rebuilt = Instant.parse("2026-12-06T13:00:00Z");

        book.quizByMeaning(QuizByMeaningTest::hashed, Clock.fixed(rebuilt, ZoneOffset.UTC));

        QuizDeck after = book.quiz();
        assertThat(after).isNotSameAs(before);
        assertThat(book.quizSince()).isEqualTo(rebuilt);
        assertThat(after.all())
                .isNotEmpty()
                .allSatisfy(question ->
                        assertThat(question.cardId()).isEqualTo(QuizDeck.cardId(question.kind(), question.fact())));
        Map<String, Question> old =
                before.all().stream().collect(Collectors.toMap(Question::cardId, Function.identity()));
        List<Question> whichSection = after.all().stream()
                .filter(question -> question.kind() == QuestionKind.WHICH_SECTION)
                .toList();
        assertThat(whichSection)
                .as("which-section questions do not depend on meanings: the same cards, asked the same way")
                .isNotEmpty()
                .allSatisfy(question -> assertThat(old.get(question.cardId())).isEqualTo(question));
    }

    /** A fake model: a unit vector in 6 dimensions drawn from the text's hash. */
    private static List<float[]> hashed(List<String> texts) {
        return texts.stream()
                .map(text -> {
                    Random random = new Random(text.hashCode());
                    float[] vector = new float[6];
                    double norm = 0;
                    for (int i = 0; i < vector.length; i++) {
                        vector[i] = (float) random.nextGaussian();
                        norm += vector[i] * vector[i];
                    }
                    for (int i = 0; i < vector.length; i++) {
                        vector[i] /= (float) Math.sqrt(norm);
                    }
                    return vector;
                })
                .toList();
    }
}
