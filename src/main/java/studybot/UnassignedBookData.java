package studybot;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.book.Book;
import studybot.command.Place;
import studybot.concurrent.DaemonThreads;
import studybot.plan.PlanStore;
import studybot.progress.ReadMarkStore;
import studybot.quiz.review.ReviewStore;
import studybot.shelf.BookPlaces;
import studybot.shelf.Shelf;
import studybot.shelf.ShelvedBook;
import studybot.shelf.SqlBookChoiceStore;
import studybot.store.StoreException;

/**
 * Gives members' data kept before books' ids were stored (under {@code ""}) the id of its book: only the running bot
 * knows the books, so the migrations could not. Plans and read marks kept under {@code ""} were the default book's;
 * they, and quiz rows whose card is the default book's, get its id as soon as it is served, so members of the default
 * book never miss them. Once every book of the start is built, each remaining quiz row goes to the book its card comes
 * from, else to the book its place reads. From then on all data names its book, so changing {@code book.default} moves
 * none of it. Each step runs on a thread of its own once the store has opened (which may be after the books are built),
 * in that order, so neither the build thread nor the start waits for the store.
 */
final class UnassignedBookData implements BiConsumer<ShelvedBook, Book>, Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(UnassignedBookData.class);

    private final Shelf shelf;
    private final BookPlaces places;
    private final PlanStore plans;
    private final ReadMarkStore marks;
    private final ReviewStore reviews;
    private final CompletionStage<Void> storeOpened;
    private final DefaultBookPins pins;
    private final AtomicBoolean defaultServed = new AtomicBoolean();
    /** The default book whose places were last kept on their book by this process. */
    private final AtomicReference<String> pinnedFor = new AtomicReference<>();

    private final CompletableFuture<Void> choicesSettled = new CompletableFuture<>();
    private final CompletableFuture<Void> dataSettled = new CompletableFuture<>();
    private final Executor steps;

    /**
     * @param storeOpened completes when the store of {@code plans}, {@code marks} and {@code reviews} has opened
     * @param steps runs the steps in the order they were asked for, one at a time ({@link #steps()}); work that needs
     *     the data to have its book ({@link QuizCardSuccession}) is given to the same one, after these
     */
    UnassignedBookData(
            Shelf shelf,
            BookPlaces places,
            PlanStore plans,
            ReadMarkStore marks,
            ReviewStore reviews,
            DefaultBookPins pins,
            CompletionStage<Void> storeOpened,
            Executor steps) {
        this.shelf = shelf;
        this.pins = pins;
        this.places = places;
        this.plans = plans;
        this.marks = marks;
        this.reviews = reviews;
        this.storeOpened = storeOpened;
        this.steps = steps;
    }

    /** One thread that runs the steps given to it in order, one at a time, and ends when idle. */
    static ExecutorService steps() {
        return new ThreadPoolExecutor(
                0, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), DaemonThreads.named("book-data"));
    }

    /** Completes once places are kept on their book for the default served: choices may be read from then on. */
    CompletionStage<Void> choicesSettled() {
        return choicesSettled;
    }

    /** Completes once members' data has its book (at once after the first step when none waited for it). */
    CompletionStage<Void> dataSettled() {
        return dataSettled;
    }

    /**
     * Keeps places on their book when the default served is another than before, and gives data to the default book
     * once its first edition is served (called with every edition served).
     */
    @Override
    public void accept(ShelvedBook book, Book edition) {
        if (shelf.defaultBook().filter(book::equals).isEmpty()) {
            return;
        }
        String id = book.id().value();
        if (!id.equals(pinnedFor.getAndSet(id))) {
            once(
                    () -> {
                        if (pins.keepPlacesOnTheirBook(id) > 0) {
                            places.reread();
                        }
                    },
                    "keep places on their book");
            steps.execute(() -> choicesSettled.complete(null));
        }
        if (defaultServed.compareAndSet(false, true)) {
            once(() -> giveToDefault(id, edition), "give data kept before books were told apart its book");
        }
    }

    /** Gives every quiz row left its book once the shelf is loaded. */
    @Override
    public void run() {
        once(this::giveTheRest, "give data kept before books were told apart its book");
        steps.execute(() -> dataSettled.complete(null));
    }

    /** Runs {@code step} after the steps asked for before, once the store has opened. */
    private void once(Runnable step, String what) {
        steps.execute(() -> {
            try {
                storeOpened.toCompletableFuture().join();
                step.run();
            } catch (CompletionException | StoreException e) {
                LOG.info("Could not {} ({}); the next start tries again", what, e.getMessage());
            }
        });
    }

    private void giveToDefault(String id, Book edition) {
        int planned = plans.assignBook(id);
        int marked = marks.assignBook(id);
        AtomicBoolean left = new AtomicBoolean();
        int quizzed = reviews.assignBooks((scope, member, card) -> {
            Optional<String> book = edition.quiz().find(card).map(question -> id);
            if (book.isEmpty()) {
                left.set(true);
            }
            return book;
        });
        log(planned + marked + quizzed, id);
        if (!left.get()) {
            dataSettled.complete(null);
        }
    }

    private void giveTheRest() {
        Optional<String> fallback = shelf.defaultBook().map(book -> book.id().value());
        if (fallback.isEmpty()) {
            return;
        }
        List<ShelvedBook> built =
                shelf.all().stream().filter(book -> book.ifLoaded().isPresent()).toList();
        int quizzed = reviews.assignBooks((scope, member, card) ->
                cardBook(built, card).or(() -> Optional.of(placeBook(scope, member, fallback.get()))));
        log(quizzed, "the book of their card or place");
    }

    private static void log(int rows, String book) {
        if (rows > 0) {
            LOG.info("Gave {} rows of data kept before books were told apart their book: {}", rows, book);
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
