package studybot.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.OfflineStudybot;
import studybot.command.Asker;
import studybot.command.CommandRegistry;
import studybot.config.ConfigLoader;
import studybot.reply.Reply;
import studybot.reply.ReplyField;
import studybot.shelf.ShelfFixtures;
import studybot.testing.TestConfig;

/**
 * {@code /stats} in a server reading another book than the default: every figure of the book field and the reloads are
 * that book's, and both name it by its title (the reloads were the default book's, beside the other book's figures; an
 * EPUB was named by its id, such as {@code urn-isbn-…}).
 */
class StatsOfTheBookReadHereTest {

    private static final Asker MANAGER = Asker.inServer(1, "manager", 42, 7, true);

    @TempDir
    Path temp;

    private OfflineStudybot running;
    private CommandRegistry registry;
    private Path notes;

    @BeforeEach
    void start() throws Exception {
        Path seeds = temp.resolve("seeds");
        notes = ShelfFixtures.markdown(seeds.resolve("a-notes.md"), "Ledger");
        ShelfFixtures.epub(seeds.resolve("storage.epub"), "urn:isbn:9780000000002", "Storage", "Table");
        Clock clock = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);
        running =
                OfflineStudybot.load(new ConfigLoader().load(TestConfig.in(temp, temp.resolve("data"), seeds)), clock);
        registry = running.studybot().registry();
    }

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void theBookFieldAndTheReloadsAreOfTheBookReadHereAndNameItByItsTitle() throws Exception {
        ShelfFixtures.markdown(notes, "Register");
        Files.setLastModifiedTime(notes, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        running.studybot().shelf().reloadSeeds();
        registry.answer(MANAGER, "book", "use", Map.of("book", "urn-isbn-9780000000002"));

        Reply stats = registry.answer(MANAGER, "stats", "", Map.of());

        assertThat(field(stats, "Book"))
                .startsWith("The book Storage\n")
                .contains(running.studybot()
                                .shelf()
                                .find(OptionalLong.empty(), "urn-isbn-9780000000002")
                                .orElseThrow()
                                .current()
                                .get()
                                .facts()
                                .all()
                                .size()
                        + " key facts");
        assertThat(field(stats, "Reloads")).isEqualTo("None of Storage since startup");
        assertThat(field(stats, "Book") + field(stats, "Reloads")).doesNotContain("urn-isbn");
    }

    @Test
    void theDefaultBooksReloadsAreItsOwn() throws Exception {
        ShelfFixtures.markdown(notes, "Register");
        Files.setLastModifiedTime(notes, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        running.studybot().shelf().reloadSeeds();

        Reply stats = registry.answer(MANAGER, "stats", "", Map.of());

        String title = running.studybot()
                .shelf()
                .find(OptionalLong.empty(), "a-notes")
                .orElseThrow()
                .title();
        assertThat(field(stats, "Book")).startsWith("The book " + title + "\n");
        assertThat(field(stats, "Reloads")).startsWith("1 reload of " + title + " since startup, the last");
    }

    private static String field(Reply reply, String name) {
        return reply.fields().stream()
                .filter(field -> field.name().equals(name))
                .map(ReplyField::value)
                .map(value -> value.plainText())
                .findFirst()
                .orElseThrow();
    }
}
