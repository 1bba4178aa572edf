package studybot;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.command.Asker;
import studybot.command.CommandRegistry;
import studybot.config.ConfigLoader;
import studybot.config.StudybotConfig;
import studybot.discord.DiscordText;
import studybot.shelf.ShelfFixtures;
import studybot.store.Dialect;
import studybot.store.TestStores;
import studybot.testing.LogCapture;
import studybot.testing.TestConfig;

/**
 * A book added to the seeds folder that sorts first becomes the default; a server that never ran {@code /book use} and
 * has read marks on the old default keeps reading it (one log line says so), while a server without data reads the new
 * default (finding 4 of the upgrade audit: the server moved to the new book, its marks seemed gone).
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class DefaultBookChangeTest {

    private static final Asker READER = Asker.inServer(1, "reader", 42, 7, false);
    private static final Asker NEWCOMER = Asker.inServer(2, "newcomer", 43, 8, false);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    @Test
    void aServerWithDataKeepsItsBookWhenABookSortingFirstIsAddedAndANewServerGetsTheNewDefault() throws Exception {
        Path seeds = temp.resolve("seeds");
        ShelfFixtures.markdown(seeds.resolve("m-notes.md"), "Ledger");
        TestStores stores = TestStores.of(dialect, temp);
        StudybotConfig config = new ConfigLoader().load(TestConfig.in(temp, temp.resolve("data"), seeds));
        try (OfflineStudybot first = OfflineStudybot.over(stores.open(CompositionRoot.tables()), config, CLOCK)) {
            CommandRegistry registry = first.studybot().registry();
            assertThat(text(registry, READER, "read", "", Map.of("section", "2")))
                    .contains("Marked 2");
        }

        ShelfFixtures.markdown(seeds.resolve("a-notes.md"), "Register");
        try (LogCapture log = LogCapture.of(Level.INFO, "studybot.DefaultBookPins");
                OfflineStudybot second = OfflineStudybot.over(stores.open(CompositionRoot.tables()), config, CLOCK)) {
            CommandRegistry registry = second.studybot().registry();

            assertThat(text(registry, READER, "progress", "me", Map.of())).contains("**Read:** 1 section (2.0)");
            assertThat(text(registry, READER, "book", "list", Map.of())).containsPattern("m-notes[^\\n]*← read here");
            assertThat(text(registry, NEWCOMER, "book", "list", Map.of())).containsPattern("a-notes[^\\n]*← read here");
            assertThat(log.messages(Level.INFO))
                    .containsExactly(
                            "The default book is now a-notes (it was m-notes); places that had not chosen a book"
                                    + " stay on the book their data is on, as if chosen with /book use: server 42 (m-notes);"
                                    + " the others read a-notes");
        }
    }

    private static String text(
            CommandRegistry registry, Asker asker, String command, String sub, Map<String, String> options) {
        return DiscordText.markdown(
                registry.answer(asker, command, sub, options).text());
    }
}
