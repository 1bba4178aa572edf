package studybot.stats;

import java.util.Objects;
import studybot.reload.ReloadStatus;

/**
 * Which book of the shelf an edition belongs to and that book's own reload figures, so {@code /stats} names the book
 * its figures come from and never puts another book's reloads beside them.
 *
 * @param title the book's title, as other replies name it (an EPUB's id can be a {@code urn:uuid:…} no one reads);
 *     empty when the edition is no longer any book's (a reload replaced it while the request ran)
 * @param reload that book's live reloads so far
 */
public record BookOnShelf(String title, ReloadStatus reload) {

    public BookOnShelf {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reload, "reload");
    }

    /** An edition no book serves any more: nothing named, no reloads. */
    public static BookOnShelf unknown() {
        return new BookOnShelf("", ReloadStatus.initial());
    }
}
