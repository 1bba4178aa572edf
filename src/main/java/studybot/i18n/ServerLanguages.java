package studybot.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The language each server's managers chose for its public messages ({@code /language set}). Servers that are not
 * Community servers cannot set a preferred locale on Discord, so this choice is the only way they get replies in
 * another language; where there is none, the server's preferred locale applies, and English without one.
 */
@FunctionalInterface
public interface ServerLanguages {

    /** The language chosen for {@code serverId} (a place's storage key: 0 for the console), if one was. */
    Optional<Locale> chosenFor(long serverId);

    /** No server has chosen a language: for tests and tools without a store. */
    static ServerLanguages none() {
        return serverId -> Optional.empty();
    }
}
