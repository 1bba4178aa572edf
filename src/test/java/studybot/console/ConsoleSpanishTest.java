package studybot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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

/** The console in the language a Spanish shell asks for ({@code LANG=es_ES.UTF-8}). */
class ConsoleSpanishTest {

    private final CommandRegistry registry = new CommandRegistry(
            BooksByPlace.everywhere(new CurrentBook(
                    new BookBinder(new CacheConfig(100, 60, true), new SearchConfig(5, false), new KeyFactExtractor())
                            .bind(TestBooks.seed()))),
            List.of());
    private final Console console = new Console(
            registry,
            new ConsoleRenderer(false),
            interaction -> {},
            Asker.console("me")
                    .speaking(
                            Languages.ofEnvironment(Map.of("LANG", "es_ES.UTF-8")),
                            Languages.ofEnvironment(Map.of("LANG", "es_ES.UTF-8"))));

    @Test
    void aSpanishShellGetsSpanish() {
        assertThat(Languages.ofEnvironment(Map.of("LANG", "es_ES.UTF-8"))).isEqualTo(Languages.SPANISH);
        assertThat(Languages.ofEnvironment(Map.of("LANG", "es_MX.UTF-8"))).isEqualTo(Languages.SPANISH);
    }

    @Test
    void anUnknownCommandIsExplainedInSpanish() {
        assertThat(console.answer("/nope"))
                .startsWith("Comando desconocido. Prueba ")
                .contains("/quit");
    }

    @Test
    void quittingSaysGoodbyeInSpanish() {
        assertThat(console.answer("/quit")).contains("Adiós.");
    }
}
