package studybot.dailytips;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import studybot.library.SectionNumber;

/**
 * The most recent daily post a server received, so status can link to the message. {@code tipId} and {@code section}
 * are those of its tip, both empty for a digest that went out without one (a book with no tips).
 */
public record LastPost(
        LocalDate date, long channelId, long messageId, Optional<String> tipId, Optional<SectionNumber> section) {

    public LastPost {
        Objects.requireNonNull(tipId, "tipId");
        Objects.requireNonNull(section, "section");
        if (tipId.isPresent() != section.isPresent()) {
            throw new IllegalArgumentException("a last post has both its tip's id and section, or neither");
        }
    }

    /** A last post with its tip. */
    public LastPost(LocalDate date, long channelId, long messageId, String tipId, SectionNumber section) {
        this(date, channelId, messageId, Optional.of(tipId), Optional.of(section));
    }
}
