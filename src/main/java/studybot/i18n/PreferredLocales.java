package studybot.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * Each server's preferred locale as the transport knows it (Discord's {@code preferred_locale}, which only Community
 * servers can change from {@code en-US}), for messages no member asked for: the daily post.
 */
@FunctionalInterface
public interface PreferredLocales {

    /** The server's preferred locale, if the transport knows the server. */
    Optional<Locale> of(long serverId);

    /** A transport without servers (the console): no preferred locales. */
    static PreferredLocales none() {
        return serverId -> Optional.empty();
    }
}
