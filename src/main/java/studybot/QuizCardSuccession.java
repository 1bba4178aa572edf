package studybot;

import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.book.Book;
import studybot.quiz.CardSuccessors;
import studybot.quiz.QuizDeck;
import studybot.quiz.review.MovedCards;
import studybot.quiz.review.ReviewStore;
import studybot.shelf.Shelf;
import studybot.shelf.ShelvedBook;
import studybot.store.StoreException;

/**
 * Keeps members' quiz schedules and answers when a question gets a new id: a card's id is a hash of its fact's text,
 * and a new studybot (its rules for cutting facts out of sentences) or an edited book may give a question that is still
 * asked another text. Once the shelf is loaded, and with every edition served after that, each card of a book that its
 * deck no longer asks moves to its successor ({@link CardSuccessors}), in the store, once; cards without one stay (the
 * export lists them) and are counted in the one line logged per book. Runs after {@link UnassignedBookData}'s steps on
 * the same thread, so rows kept from before books were told apart have their book by then.
 */
final class QuizCardSuccession implements BiConsumer<ShelvedBook, Book>, Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(QuizCardSuccession.class);

    private final Shelf shelf;
    private final ReviewStore reviews;
    private final CompletionStage<Void> storeOpened;
    private final Executor steps;
    private final AtomicBoolean loaded = new AtomicBoolean();

    /**
     * @param storeOpened completes when the store of {@code reviews} has opened
     * @param steps the thread {@link UnassignedBookData} runs its steps on
     */
    QuizCardSuccession(Shelf shelf, ReviewStore reviews, CompletionStage<Void> storeOpened, Executor steps) {
        this.shelf = shelf;
        this.reviews = reviews;
        this.storeOpened = storeOpened;
        this.steps = steps;
    }

    /** Moves the cards of every book of the start, once the shelf has loaded them. */
    @Override
    public void run() {
        loaded.set(true);
        shelf.all().forEach(book -> book.ifLoaded().ifPresent(edition -> later(book, edition)));
    }

    /** Moves the cards of an edition served after the start (a reload, an upload). */
    @Override
    public void accept(ShelvedBook book, Book edition) {
        if (loaded.get()) {
            later(book, edition);
        }
    }

    private void later(ShelvedBook book, Book edition) {
        steps.execute(() -> {
            try {
                storeOpened.toCompletableFuture().join();
                follow(book.id().value(), edition);
            } catch (CompletionException | StoreException e) {
                LOG.info(
                        "Could not carry quiz cards of {} over to their questions' new ids ({}); the next start tries"
                                + " again",
                        book.id(),
                        e.getMessage());
            }
        });
    }

    private void follow(String book, Book edition) {
        QuizDeck deck = edition.quiz();
        Map<String, Integer> held = reviews.schedulesByCard(book);
        MovedCards moved = reviews.moveCards(book, CardSuccessors.of(edition.library(), deck, held.keySet()));
        int retired = reviews.schedulesByCard(book).entrySet().stream()
                .filter(card -> deck.find(card.getKey()).isEmpty())
                .mapToInt(Map.Entry::getValue)
                .sum();
        if (moved.schedules() > 0 || retired > 0) {
            LOG.info(
                    "{}: {} quiz {} of {} {} {} their question to its new id; {} {} no longer asked (the question rules"
                            + " changed or the book was edited)",
                    book,
                    moved.schedules(),
                    moved.schedules() == 1 ? "card" : "cards",
                    moved.members(),
                    moved.members() == 1 ? "member" : "members",
                    moved.schedules() == 1 ? "follows" : "follow",
                    retired,
                    retired == 1 ? "is" : "are");
        }
    }
}
