package studybot.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.facts.KeyFactExtractor;
import studybot.library.TestBooks;
import studybot.quiz.QuizDeck;
import studybot.section.LookupResult;

/**
 * An edition answers {@code /section} and {@code /search} before its quiz deck is built (the deck takes as long as the
 * index and the key facts together), and whoever needs the deck meanwhile waits for it rather than failing.
 */
class QuizDeckBuiltBesideTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void theBookAnswersBeforeItsDeckIsBuiltAndTheQuizWaitsForTheDeck() throws Exception {
        List<Runnable> held = new ArrayList<>();
        BookBinder binder = new BookBinder(
                new CacheConfig(100, 600, true), new SearchConfig(5, false), new KeyFactExtractor(), held::add);

        Book book = binder.bind(TestBooks.seed());

        assertThat(held).as("the deck's build, not run yet").hasSize(1);
        assertThat(book.sections().lookup("20.4")).isInstanceOf(LookupResult.Found.class);
        assertThat(book.search("pooling").hits()).isNotEmpty();
        CompletableFuture<QuizDeck> asked = CompletableFuture.supplyAsync(book::quiz);
        assertThat(asked).as("the quiz waits for the deck").isNotDone();

        held.get(0).run();

        QuizDeck deck = asked.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(deck.size()).isPositive();
        assertThat(book.quiz()).isSameAs(deck);
        assertThat(book.quizSince()).isEqualTo(book.library().loadedAt());
    }
}
