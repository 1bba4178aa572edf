package studybot.progress;

import java.time.Instant;
import java.util.Objects;
import studybot.library.SectionNumber;

/** A member marked {@code section} as read at {@code markedAt} (the first time; marking again changes nothing). */
public record ReadMark(SectionNumber section, Instant markedAt) {

    public ReadMark {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(markedAt, "markedAt");
    }
}
