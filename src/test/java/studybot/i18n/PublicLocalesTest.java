package studybot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicLocalesTest {

    @Test
    void theChosenLanguageThenThePreferredLocaleThenEnglish() {
        PublicLocales locales = new PublicLocales(
                server -> server == 1 ? Optional.of(Locale.GERMAN) : Optional.empty(),
                server -> server <= 2
                        ? Optional.of(Locale.forLanguageTag(server == 1 ? "en-US" : "de-DE"))
                        : Optional.empty());

        assertThat(locales.of(1)).as("chosen over preferred").isEqualTo(Locale.GERMAN);
        assertThat(locales.of(2)).as("preferred").isEqualTo(Locale.GERMAN);
        assertThat(locales.of(3)).as("neither").isEqualTo(Locale.ENGLISH);
        assertThat(new PublicLocales(ServerLanguages.none(), server -> Optional.of(Locale.JAPANESE)).of(4))
                .as("a preferred locale without texts")
                .isEqualTo(Locale.ENGLISH);
        assertThat(new PublicLocales(ServerLanguages.none(), PreferredLocales.none()).of(5))
                .isEqualTo(Locale.ENGLISH);
    }
}
