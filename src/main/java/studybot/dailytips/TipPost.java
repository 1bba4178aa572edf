package studybot.dailytips;

import java.util.Objects;
import java.util.Optional;
import studybot.library.SectionNumber;

/**
 * A tip as it is posted: its text and the section it came from, with that section's title so the message can offer
 * a "Read 62.7" button. {@code sectionTitle} is empty when the book no longer has the section. With a reading plan
 * running, {@code digest} makes the post the group's study digest.
 */
public record TipPost(String tipId, String text, SectionNumber section, String sectionTitle, Optional<Digest> digest) {

    public TipPost {
        Objects.requireNonNull(tipId, "tipId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(sectionTitle, "sectionTitle");
        Objects.requireNonNull(digest, "digest");
    }

    /** A plain tip, without a digest. */
    public TipPost(String tipId, String text, SectionNumber section, String sectionTitle) {
        this(tipId, text, section, sectionTitle, Optional.empty());
    }
}
