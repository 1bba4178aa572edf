package studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import org.junit.jupiter.api.Test;
import studybot.i18n.Languages;

/** Discord names French {@code fr}, as Java does: descriptions go out under it, and a French client gets French. */
class FrenchDiscordLocaleTest {

    @Test
    void frenchMapsToDiscordsFrenchAndBack() {
        assertThat(DiscordLocale.from(Locale.FRENCH)).isEqualTo(DiscordLocale.FRENCH);
        assertThat(DiscordLocale.FRENCH.getLocale()).isEqualTo("fr");
        assertThat(Languages.closest(DiscordLocale.FRENCH.toLocale())).isEqualTo(Locale.FRENCH);
    }
}
