package studybot.progress;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import studybot.library.SectionKey;
import studybot.library.SectionNumber;

/**
 * A member marked {@code section} as read at {@code markedAt} (the first time; marking again changes nothing).
 *
 * @param key the section's stable key, which finds it again after a renumbering; empty for marks stored before keys
 */
public record ReadMark(SectionNumber section, Instant markedAt, Optional<SectionKey> key) {

    public ReadMark {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(markedAt, "markedAt");
        Objects.requireNonNull(key, "key");
    }

    /** A mark stored before sections had keys. */
    public ReadMark(SectionNumber section, Instant markedAt) {
        this(section, markedAt, Optional.empty());
    }

    /** The same mark on the section now numbered {@code number}, with its key. */
    ReadMark at(SectionNumber number, SectionKey sectionKey) {
        return new ReadMark(number, markedAt, Optional.of(sectionKey));
    }
}
