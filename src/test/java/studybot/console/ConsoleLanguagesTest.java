package studybot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studybot.book.BookBinder;
import studybot.book.CurrentBook;
import studybot.command.Asker;
import studybot.command.BooksByPlace;
import studybot.command.CommandRegistry;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.facts.KeyFactExtractor;
import studybot.i18n.Languages;
import studybot.library.TestBooks;

/** The console's own lines in the language of whoever types, as their shell's {@code LANG} asks for it. */
class ConsoleLanguagesTest {

    private final CommandRegistry registry = new CommandRegistry(
            BooksByPlace.everywhere(new CurrentBook(
                    new BookBinder(new CacheConfig(100, 60, true), new SearchConfig(5, false), new KeyFactExtractor())
                            .bind(TestBooks.seed()))),
            List.of());

    @ParameterizedTest(name = "LANG={0}")
    @CsvSource({
        "en_US.UTF-8, en, 'Unknown command. Try ', Bye.",
        "de_DE.UTF-8, de, 'Unbekannter Befehl. Probier ', Tschüss.",
        "de_AT.UTF-8, de, 'Unbekannter Befehl. Probier ', Tschüss.",
        "es_ES.UTF-8, es, 'Comando desconocido. Prueba ', Adiós.",
        "es_MX.UTF-8, es, 'Comando desconocido. Prueba ', Adiós.",
        "fr_CA.UTF-8, fr, 'Commande inconnue. Essaie ', Au revoir."
    })
    void aShellsLanguageIsTheConsoles(String lang, String language, String unknownCommand, String goodbye) {
        Locale spoken = Languages.ofEnvironment(Map.of("LANG", lang));
        Console console = new Console(
                registry,
                new ConsoleRenderer(false),
                interaction -> {},
                Asker.console("me").speaking(spoken, spoken));

        assertThat(spoken.getLanguage()).isEqualTo(language);
        assertThat(console.answer("/nope")).startsWith(unknownCommand).contains("/quit");
        assertThat(console.answer("/quit")).contains(goodbye);
    }
}
