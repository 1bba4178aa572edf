package studybot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import studybot.book.BookBinder;
import studybot.book.CurrentBook;
import studybot.command.Asker;
import studybot.command.BooksByPlace;
import studybot.command.CommandRegistry;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.facts.KeyFactExtractor;
import studybot.library.TestBooks;

/** The console's own lines in the language of whoever types ({@code LANG=de_DE.UTF-8}). */
class ConsoleGermanTest {

    private final CommandRegistry registry = new CommandRegistry(
            BooksByPlace.everywhere(new CurrentBook(
                    new BookBinder(new CacheConfig(100, 60, true), new SearchConfig(5, false), new KeyFactExtractor())
                            .bind(TestBooks.seed()))),
            List.of());
    private final Console console = new Console(
            registry,
            new ConsoleRenderer(false),
            interaction -> {},
            Asker.console("me").speaking(Locale.GERMAN, Locale.GERMAN));

    @Test
    void anUnknownCommandIsExplainedInGerman() {
        assertThat(console.answer("/nope"))
                .startsWith("Unbekannter Befehl. Probier ")
                .contains("/quit");
    }

    @Test
    void quittingSaysGoodbyeInGerman() {
        assertThat(console.answer("/quit")).contains("Tschüss.");
    }
}
