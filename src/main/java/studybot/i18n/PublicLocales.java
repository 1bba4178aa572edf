package studybot.i18n;

import java.util.Locale;

/**
 * The language of a server's public messages when no member is asking (the daily post, a round's questions): the
 * language its managers chose, else its preferred locale, else English. Answers to a member's command get the same from
 * their call ({@code CommandCall.publicLocale()}), where the preferred locale comes with the interaction.
 */
public final class PublicLocales {

    private final ServerLanguages chosen;
    private final PreferredLocales preferred;

    public PublicLocales(ServerLanguages chosen, PreferredLocales preferred) {
        this.chosen = chosen;
        this.preferred = preferred;
    }

    /** The language of {@code serverId}'s public messages (a place's storage key: 0 for the console). */
    public Locale of(long serverId) {
        return Languages.closest(
                chosen.chosenFor(serverId).or(() -> preferred.of(serverId)).orElse(Languages.ENGLISH));
    }
}
