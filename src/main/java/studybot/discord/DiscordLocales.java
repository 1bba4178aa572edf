package studybot.discord;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import studybot.i18n.Languages;

/**
 * The Discord client languages a studybot language is sent for. Discord names some languages only with a region
 * ({@code es-ES} and {@code es-419} for Spanish, {@code pt-BR} for Portuguese), so {@link DiscordLocale#from(Locale)}
 * finds none for a plain {@code es}; every Discord locale of the language gets its texts instead. English gets none: it
 * is the default description every client without its own language reads.
 */
final class DiscordLocales {

    private DiscordLocales() {}

    /** Every Discord locale whose language is {@code language}'s; none for English. */
    static List<DiscordLocale> of(Locale language) {
        if (language.getLanguage().equals(Languages.ENGLISH.getLanguage())) {
            return List.of();
        }
        return Arrays.stream(DiscordLocale.values())
                .filter(locale -> locale != DiscordLocale.UNKNOWN)
                .filter(locale -> locale.toLocale().getLanguage().equals(language.getLanguage()))
                .toList();
    }
}
