package studybot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.command.Asker;
import studybot.command.CommandRegistry;
import studybot.config.ConfigLoader;
import studybot.facts.KeyFact;
import studybot.library.BookLanguage;
import studybot.reply.Reply;
import studybot.shelf.ShelfFixtures;
import studybot.testing.TestConfig;

/**
 * A German book served as the console serves it: read as German from its {@code lang}, searched with German stemming,
 * never embedded, with key facts and tips by the German rules, and {@code /book info} and {@code /stats} say what it
 * goes without (search by meaning); {@code book.languages} makes a book German whose file does not say.
 */
class BookLanguageEndToEndTest {

    private static final Path GERMAN_BOOK = Path.of("src/test/resources/books/german/hausbau.html");
    private static final Asker CONSOLE = Asker.console("operator");
    private static final String NOTE = "Written in German: search finds its words (no search by meaning";

    @TempDir
    Path temp;

    private OfflineStudybot running;
    private CommandRegistry registry;

    @BeforeEach
    void start() throws Exception {
        Path seeds = temp.resolve("seeds");
        Files.createDirectories(seeds.resolve("hausbau"));
        Files.copy(GERMAN_BOOK, seeds.resolve("hausbau/hausbau.html"));
        ShelfFixtures.markdown(seeds.resolve("a-notes.md"), "Ledger");
        ShelfFixtures.markdown(seeds.resolve("notizen.md"), "Notizen");
        Path config = TestConfig.in(temp, temp.resolve("data"), seeds);
        Files.writeString(
                config,
                Files.readString(config)
                        .replace(
                                "\"maxTotalBytes\": 50000000",
                                "\"maxTotalBytes\": 50000000, \"default\": \"hausbau\","
                                        + " \"languages\": [\"notizen.md=de\"]"));
        Clock clock = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);
        running = OfflineStudybot.load(new ConfigLoader().load(config), clock);
        registry = running.studybot().registry();
    }

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void aGermanBookIsSearchedInGermanWithoutVectorsAndGetsFactsByGermanRules() throws Exception {
        Studybot studybot = running.studybot();

        studybot.startSearchByMeaning();
        studybot.awaitSearchByMeaning(Duration.ofSeconds(2));

        var book = studybot.book().get();
        assertThat(book.library().language()).isEqualTo(new BookLanguage("de"));
        assertThat(book.library().size()).isGreaterThanOrEqualTo(5);
        assertThat(book.searchIndex().searchesByMeaning()).isFalse();
        Path vectors = studybot.config().dataFolder().resolve("embeddings");
        await("the English book beside them gets its vectors")
                .atMost(Duration.ofSeconds(60))
                .until(() -> filesUnder(vectors.resolve("a-notes")) > 0);
        assertThat(filesUnder(vectors.resolve("hausbau")) + filesUnder(vectors.resolve("notizen")))
                .as("no vectors are built for the German books (the English one beside them may get its own)")
                .isZero();
        assertThat(book.facts().all())
                .extracting(KeyFact::text)
                .containsExactly("Die Wände werden aus Ziegeln, Kalksandstein oder Holz errichtet.");
        assertThat(text(registry.answer(CONSOLE, "search", "", Map.of("query", "Häuser"))))
                .contains("Vom Grundstück zum Haus");
    }

    @Test
    void bookInfoAndStatsSayWhatAGermanBookGoesWithout() {
        assertThat(text(registry.answer(CONSOLE, "book", "info", Map.of()))).contains(NOTE, "tips and quizzes");
        assertThat(text(registry.answer(CONSOLE, "stats", "", Map.of()))).contains(NOTE);
        assertThat(text(registry.answer(CONSOLE, "book", "info", Map.of("book", "a-notes"))))
                .doesNotContain("Written in");
    }

    @Test
    void aTipOfTheGermanBookIsOneOfItsGermanFacts() {
        assertThat(text(registry.answer(CONSOLE, "tip", "", Map.of())))
                .contains("Die Wände werden aus Ziegeln, Kalksandstein oder Holz errichtet.")
                .doesNotContain(NOTE);
    }

    @Test
    void theConfigGivesTheLanguageOfABookWhoseFileDoesNotSay() {
        assertThat(text(registry.answer(CONSOLE, "book", "info", Map.of("book", "notizen"))))
                .contains(NOTE);
    }

    private static long filesUnder(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static String text(Reply reply) {
        return reply.title() + "\n" + reply.text().plainText() + "\n"
                + reply.fields().stream()
                        .map(field -> field.name() + "\n" + field.value().plainText())
                        .collect(Collectors.joining("\n"));
    }
}
