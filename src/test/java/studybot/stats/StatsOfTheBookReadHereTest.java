package studybot.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        Files.writeString(
                seeds.resolve("short-notes.md"),
                "# Short notes\n\n## Proofing\n\nLet the dough rise somewhere warm until it doubles.\n");
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

    @Test
    void theSearchFieldCountsThePassagesOfTheBookReadHere() throws Exception {
        running.studybot().startSearchByMeaning();
        running.studybot().awaitSearchByMeaning(Duration.ofSeconds(120));
        Asker elsewhere = Asker.inServer(2, "other manager", 43, 8, true);
        registry.answer(elsewhere, "book", "use", Map.of("book", "short-notes"));

        String defaultBook = field(registry.answer(MANAGER, "stats", "", Map.of()), "Search");
        String shortBook = field(registry.answer(elsewhere, "stats", "", Map.of()), "Search");

        assertThat(defaultBook).startsWith("BM25 + meaning (");
        assertThat(shortBook).startsWith("BM25 + meaning (");
        assertThat(passages(shortBook))
                .as("the one-section book has fewer passages than the default book (embedded before it)")
                .isLessThan(passages(defaultBook));
    }

    /** The passage count of a ready search field: "BM25 + meaning (model, 12 passages)". */
    private static int passages(String search) {
        Matcher count = Pattern.compile("(\\d+) passages?\\)").matcher(search);
        assertThat(count.find()).as(search).isTrue();
        return Integer.parseInt(count.group(1));
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
