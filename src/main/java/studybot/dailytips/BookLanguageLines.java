package studybot.dailytips;

import java.util.Locale;
import java.util.Optional;

/**
 * Why a server's book may have no tips: the book's language line ({@code BookLanguageNote}) in a reader's language,
 * empty for a book read as English. {@code /tips status} adds it to "the book has no tips to post", so an admin of a
 * server reading a French book learns the reason rather than only the fact.
 */
@FunctionalInterface
public interface BookLanguageLines {

    /** The line for the book {@code serverId} reads, worded for {@code reader}. */
    Optional<String> of(long serverId, Locale reader);

    /** For where the book's language is not known: no line. */
    static BookLanguageLines none() {
        return (serverId, reader) -> Optional.empty();
    }
}
