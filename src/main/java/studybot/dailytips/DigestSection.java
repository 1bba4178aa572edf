package studybot.dailytips;

import java.util.Objects;
import studybot.library.SectionNumber;

/** One section of today's reading as the digest lists it, with about how many minutes it takes to read. */
public record DigestSection(SectionNumber number, String title, int minutes) {

    public DigestSection {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
    }
}
