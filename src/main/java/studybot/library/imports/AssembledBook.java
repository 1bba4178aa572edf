package studybot.library.imports;

import java.util.Objects;
import studybot.library.Library;

/** An imported book, numbered and ready to serve, with the report of what the import made of it. */
public record AssembledBook(ImportedBook source, Library library, LoadReport report) {

    public AssembledBook {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(report, "report");
    }
}
