package studybot.stats;

import java.util.Map;
import java.util.Objects;
import studybot.i18n.Texts;
import studybot.i18n.Wording;
import studybot.reload.ReloadStatus;

/**
 * Which book of the shelf an edition belongs to and that book's own reload and search figures, so {@code /stats} names
 * the book its figures come from and never puts another book's reloads or passage count beside them.
 *
 * @param title the book's title, as other replies name it (an EPUB's id can be a {@code urn:uuid:…} no one reads);
 *     empty when the edition is no longer any book's (a reload replaced it while the request ran)
 * @param reload that book's live reloads so far
 * @param search how search answers that book: BM25 alone or with search by meaning, with its own passages
 */
public record BookOnShelf(String title, ReloadStatus reload, Wording search) {

    public BookOnShelf {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reload, "reload");
        Objects.requireNonNull(search, "search");
    }

    /** An edition no book serves any more: nothing named, no reloads, and its search not known. */
    public static BookOnShelf unknown() {
        return new BookOnShelf(
                "", ReloadStatus.initial(), new Wording(Texts.load("stats"), "search.replaced", Map.of()));
    }
}
