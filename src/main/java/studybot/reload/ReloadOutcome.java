package studybot.reload;

import java.util.Objects;
import studybot.book.Book;

/** What one reload did: swapped a new edition in, or refused the seeds and kept serving the old one. */
public sealed interface ReloadOutcome {

    /** The seeds were valid; {@code book} is being served now. */
    record Swapped(Book book) implements ReloadOutcome {
        public Swapped {
            Objects.requireNonNull(book, "book");
        }
    }

    /** The seeds could not be made into a book; the previous edition is still served. */
    record Refused(ReloadError error) implements ReloadOutcome {
        public Refused {
            Objects.requireNonNull(error, "error");
        }
    }
}
