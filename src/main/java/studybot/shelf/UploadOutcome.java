package studybot.shelf;

import java.util.List;
import java.util.Objects;

/**
 * What became of a book a server brought: added, with its report, or refused with one line saying why and the report
 * where the book could be read. A refused upload leaves nothing behind.
 *
 * @param book the book added; null when refused
 * @param reportLines what {@code check-book} would print of it: the load report, key facts and quiz questions
 * @param problem why it was refused; empty when added
 */
public record UploadOutcome(ShelvedBook book, List<String> reportLines, String problem) {

    public UploadOutcome {
        reportLines = List.copyOf(reportLines);
        Objects.requireNonNull(problem, "problem");
        if ((book == null) == problem.isEmpty()) {
            throw new IllegalArgumentException("an upload is either added or refused with a reason");
        }
    }

    static UploadOutcome added(ShelvedBook book, List<String> reportLines) {
        return new UploadOutcome(book, reportLines, "");
    }

    static UploadOutcome refused(String problem, List<String> reportLines) {
        return new UploadOutcome(null, reportLines, problem);
    }

    static UploadOutcome refused(String problem) {
        return refused(problem, List.of());
    }

    public boolean isAdded() {
        return book != null;
    }
}
