package studybot.shelf;

import java.util.Objects;
import java.util.Optional;
import studybot.library.Library;
import studybot.library.imports.LoadReport;
import studybot.library.snapshot.SnapshotKey;

/**
 * A book read from its source, before it is indexed: its id, what its metadata calls it, its sections and the report of
 * what the import made of it.
 *
 * @param author empty when the book doesn't say
 * @param unkept the key its reading may be kept under for the next start ({@link BookReading#keep}): present when it
 *     was parsed from its files, empty when it came from a snapshot or is not kept (seed text, snapshots off)
 */
public record ReadBook(
        BookSource source,
        BookId id,
        String title,
        String author,
        Library library,
        LoadReport report,
        Optional<SnapshotKey> unkept) {

    public ReadBook {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(unkept, "unkept");
    }
}
