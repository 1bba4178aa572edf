package studybot.dailytips;

import java.util.Optional;
import studybot.library.SectionNumber;

/**
 * Looks up a section's title in the book as currently loaded, e.g. {@code number ->
 * library.get().find(number).map(Section::title)}.
 */
@FunctionalInterface
public interface SectionTitles {

    Optional<String> titleOf(SectionNumber section);
}
