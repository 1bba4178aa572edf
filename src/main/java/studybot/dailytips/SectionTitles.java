package studybot.dailytips;

import java.util.Optional;
import studybot.library.SectionNumber;

/**
 * Looks up a section's title in the book a server reads, as currently loaded, e.g. {@code (server, number) ->
 * books.of(server).library().find(number).map(Section::title)}.
 */
@FunctionalInterface
public interface SectionTitles {

    Optional<String> titleOf(long serverId, SectionNumber section);
}
