package studybot.section;

import java.util.Objects;
import studybot.library.SectionNumber;

/** Open page {@code page} (0-based) of a section: the one thing any follow-up action does. */
public record OpenSection(SectionNumber section, int page) {

    public OpenSection {
        Objects.requireNonNull(section, "section");
        if (page < 0) {
            throw new IllegalArgumentException("page is 0 or more: " + page);
        }
    }
}
