package studybot.shelf;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import studybot.i18n.Languages;
import studybot.i18n.Wording;

/**
 * What became of a book a server brought: added, with its report, or refused with one line saying why and the report
 * where the book could be read. A refused upload leaves nothing behind.
 *
 * @param book the book added; null when refused
 * @param report what {@code check-book} would print of it; empty when it could not be read
 * @param refusal why it was refused; empty when added
 */
public record UploadOutcome(ShelvedBook book, Optional<UploadReport> report, Optional<Wording> refusal) {

    public UploadOutcome {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(refusal, "refusal");
        if ((book == null) == refusal.isEmpty()) {
            throw new IllegalArgumentException("an upload is either added or refused with a reason");
        }
    }

    static UploadOutcome added(ShelvedBook book, UploadReport report) {
        return new UploadOutcome(book, Optional.of(report), Optional.empty());
    }

    static UploadOutcome refused(Wording problem, UploadReport report) {
        return new UploadOutcome(null, Optional.of(report), Optional.of(problem));
    }

    static UploadOutcome refused(Wording problem) {
        return new UploadOutcome(null, Optional.empty(), Optional.of(problem));
    }

    /** Why the upload was refused, in English (for the log); empty when added. */
    public String problem() {
        return refusal.map(Wording::toString).orElse("");
    }

    /** The report's lines in English, as {@code check-book} prints them; none when the book could not be read. */
    public List<String> reportLines() {
        return reportLines(Languages.ENGLISH);
    }

    /** The report's lines in {@code reader}'s language. */
    public List<String> reportLines(Locale reader) {
        return report.map(read -> read.lines(reader)).orElse(List.of());
    }

    public boolean isAdded() {
        return book != null;
    }
}
