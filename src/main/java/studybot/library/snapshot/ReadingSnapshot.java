package studybot.library.snapshot;

import java.util.Objects;
import studybot.library.Library;
import studybot.library.imports.LoadReport;

/**
 * What reading an imported book produced, as a restart needs it: the book's id, what its metadata calls it, its
 * sections (with its language and summary) and the load report.
 *
 * @param id the book's id as the reading settings made it
 * @param author empty when the book doesn't say
 */
public record ReadingSnapshot(String id, String title, String author, Library library, LoadReport report) {

    public ReadingSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(report, "report");
    }
}
