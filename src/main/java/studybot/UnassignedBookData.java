package studybot;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.book.Book;
import studybot.command.Place;
import studybot.plan.PlanStore;
import studybot.progress.ReadMarkStore;
import studybot.quiz.review.ReviewStore;
import studybot.shelf.BookPlaces;
import studybot.shelf.Shelf;
import studybot.shelf.ShelvedBook;
import studybot.shelf.SqlBookChoiceStore;
import studybot.store.StoreException;

/**
 * Gives members' data kept before books' ids were stored (under {@code ""}) the id of its book, once, when the default
 * book is first served: only the running bot knows the books, so the migrations could not. Plans and read marks kept
 * under {@code ""} were the default book's; a quiz row goes to the book its card comes from among those built, else to
 * the book its place reads. From then on all data names its book, so changing {@code book.default} moves none of it.
 */
final class UnassignedBookData implements BiConsumer<ShelvedBook, Book> {

    private static final Logger LOG = LoggerFactory.getLogger(UnassignedBookData.class);

    private final Shelf shelf;
    private final BookPlaces places;
    private final PlanStore plans;
    private final ReadMarkStore marks;
    private final ReviewStore reviews;
    private final AtomicBoolean done = new AtomicBoolean();

    UnassignedBookData(Shelf shelf, BookPlaces places, PlanStore plans, ReadMarkStore marks, ReviewStore reviews) {
        this.shelf = shelf;
        this.places = places;
        this.plans = plans;
        this.marks = marks;
        this.reviews = reviews;
    }

    /** Called with every edition served; assigns once the default book's first is. */
    @Override
    public void accept(ShelvedBook book, Book edition) {
        if (shelf.defaultBook().filter(book::equals).isEmpty() || !done.compareAndSet(false, true)) {
            return;
        }
        try {
            assign(book.id().value());
        } catch (StoreException e) {
            done.set(false);
            LOG.warn(
                    "Could not give data kept before books were told apart its book ({}); the next start tries again",
                    e.getMessage());
        }
    }

    /** Assigns every row kept under {@code ""}: plans and read marks to {@code defaultBook}, quiz rows by card. */
    void assign(String defaultBook) {
        int planned = plans.assignBook(defaultBook);
        int marked = marks.assignBook(defaultBook);
        List<ShelvedBook> built =
                shelf.all().stream().filter(book -> book.ifLoaded().isPresent()).toList();
        int quizzed = reviews.assignBooks(
                (scope, member, card) -> cardBook(built, card).orElseGet(() -> placeBook(scope, member, defaultBook)));
        if (planned + marked + quizzed > 0) {
            LOG.info(
                    "Gave data kept before books were told apart its book: {} plans and {} read marks to {}, {} quiz"
                            + " rows to the book of their card or place",
                    planned,
                    marked,
                    defaultBook,
                    quizzed);
        }
    }

    private static Optional<String> cardBook(List<ShelvedBook> built, String card) {
        return built.stream()
                .filter(book -> book.ifLoaded()
                        .filter(edition -> edition.quiz().find(card).isPresent())
                        .isPresent())
                .map(book -> book.id().value())
                .findFirst();
    }

    /** The book read where the row was kept: a server's (scope), else the member's own in direct messages. */
    private String placeBook(long scope, long member, String defaultBook) {
        long chooser = scope == Place.NOT_A_SERVER ? member : SqlBookChoiceStore.NONE;
        return places.bookOf(scope, chooser).map(book -> book.id().value()).orElse(defaultBook);
    }
}
