package studybot.shelf;

import java.util.Objects;
import studybot.library.Library;
import studybot.library.imports.LoadReport;

/**
 * A book read from its source, before it is indexed: its id, what its metadata calls it, its sections and the report of
 * what the import made of it.
 *
 * @param author empty when the book doesn't say
 */
public record ReadBook(BookSource source, BookId id, String title, String author, Library library, LoadReport report) {

    public ReadBook {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(report, "report");
    }
}
