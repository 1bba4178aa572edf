package studybot.dailytips;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import studybot.library.SectionNumber;

/**
 * What a server's reading plan adds to its daily post, making it the group's study digest: today's reading, and how
 * many members finished the reading before it. Supplied by the plan feature through {@link DailyDigests}.
 *
 * @param reading today's reading in order; empty on a day without one
 * @param minutes about how long today's reading takes, in minutes
 * @param nextReadingAt when there is no reading today, the start of the next reading day (epoch seconds)
 * @param sectionsLeft sections left in the plan, today's included
 * @param expectedEndAt the start of the plan's last reading day (epoch seconds), if scheduled
 * @param previous the reading before today's
 * @param finishedPrevious how many members have read all of {@code previous}
 */
public record Digest(
        List<DigestSection> reading,
        int minutes,
        OptionalLong nextReadingAt,
        int sectionsLeft,
        OptionalLong expectedEndAt,
        List<SectionNumber> previous,
        int finishedPrevious) {

    public Digest {
        reading = List.copyOf(reading);
        Objects.requireNonNull(nextReadingAt, "nextReadingAt");
        Objects.requireNonNull(expectedEndAt, "expectedEndAt");
        previous = List.copyOf(previous);
    }

    /** Today's reading's section numbers, for choosing a tip from them. */
    public List<SectionNumber> readingNumbers() {
        return reading.stream().map(DigestSection::number).toList();
    }

    /** The section a tip from today's reading would come from, if {@code section} is in it. */
    public Optional<DigestSection> find(SectionNumber section) {
        return reading.stream().filter(item -> item.number().equals(section)).findFirst();
    }
}
