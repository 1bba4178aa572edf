package studybot.book;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The edition of the book being served now. Requests call {@link #get()} once and keep what they got, so a
 * reload that {@link #replace replaces} it mid-request doesn't change the request's answer.
 */
public final class CurrentBook implements Supplier<Book> {

    private final AtomicReference<Book> book;

    public CurrentBook(Book initial) {
        this.book = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    @Override
    public Book get() {
        return book.get();
    }

    /** Serves {@code next} from now on; returns the edition it replaced. */
    public Book replace(Book next) {
        return book.getAndSet(Objects.requireNonNull(next, "next"));
    }
}
