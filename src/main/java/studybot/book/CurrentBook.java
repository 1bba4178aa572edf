package studybot.book;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The edition of the book being served now. Requests call {@link #get()} once and keep what they got, so a reload that
 * {@link #replace replaces} it mid-request doesn't change the request's answer.
 *
 * <p>It may start empty, so the bot can connect to Discord while the first edition is still being indexed; until that
 * edition arrives, {@link #get()} waits for it.
 */
public final class CurrentBook implements Supplier<Book> {

    private final AtomicReference<Book> book = new AtomicReference<>();
    private final CountDownLatch firstEdition = new CountDownLatch(1);

    /** Empty until the first {@link #replace}. */
    public CurrentBook() {}

    public CurrentBook(Book initial) {
        replace(initial);
    }

    /** The edition to answer from, waiting for the first one if it is still loading. */
    @Override
    public Book get() {
        Book current = book.get();
        if (current != null) {
            return current;
        }
        boolean interrupted = false;
        while (true) {
            try {
                firstEdition.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return book.get();
    }

    /** The edition served now, without waiting: empty while the first one is still being indexed. */
    public Optional<Book> ifLoaded() {
        return Optional.ofNullable(book.get());
    }

    /** Serves {@code next} from now on; returns the edition it replaced (null for the first). */
    public Book replace(Book next) {
        Book previous = book.getAndSet(Objects.requireNonNull(next, "next"));
        firstEdition.countDown();
        return previous;
    }
}
