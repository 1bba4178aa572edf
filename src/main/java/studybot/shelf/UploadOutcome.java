package studybot.shelf;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import studybot.i18n.Wording;

/**
 * What became of a book a server brought: added, with its report, or refused with one line saying why and the report
 * where the book could be read. A refused upload leaves nothing behind.
 *
 * @param book the book added; null when refused
 * @param reportLines what {@code check-book} would print of it: the load report, key facts and quiz questions
 * @param refusal why it was refused; empty when added
 */
public record UploadOutcome(ShelvedBook book, List<String> reportLines, Optional<Wording> refusal) {

    public UploadOutcome {
        reportLines = List.copyOf(reportLines);
        Objects.requireNonNull(refusal, "refusal");
        if ((book == null) == refusal.isEmpty()) {
            throw new IllegalArgumentException("an upload is either added or refused with a reason");
        }
    }

    static UploadOutcome added(ShelvedBook book, List<String> reportLines) {
        return new UploadOutcome(book, reportLines, Optional.empty());
    }

    static UploadOutcome refused(Wording problem, List<String> reportLines) {
        return new UploadOutcome(null, reportLines, Optional.of(problem));
    }

    static UploadOutcome refused(Wording problem) {
        return refused(problem, List.of());
    }

    /** Why the upload was refused, in English (for the log); empty when added. */
    public String problem() {
        return refusal.map(Wording::toString).orElse("");
    }

    public boolean isAdded() {
        return book != null;
    }
}
