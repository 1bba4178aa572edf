package studybot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.command.Asker;
import studybot.command.CommandRegistry;
import studybot.config.ConfigLoader;
import studybot.reply.Reply;
import studybot.testing.TestConfig;

/**
 * A made-up book of chapters 7 and 8 served instead of the seed: every reply that gives an example section (usage,
 * problems, empty states) gives one of this book, the one {@code /help} gives, and none of the seed's 20.4 or 20.1.
 */
class BookExamplesEndToEndTest {

    private static final Asker CONSOLE = Asker.console("operator");
    /** The made-up book's fourth section, the one {@code /help} shows as its example. */
    private static final String EXAMPLE = "8.1";

    @TempDir
    Path temp;

    private OfflineStudybot running;
    private CommandRegistry registry;

    @BeforeEach
    void start() throws Exception {
        Path seeds = Files.createDirectories(temp.resolve("seeds"));
        Files.writeString(
                seeds.resolve("bakery.txt"),
                section("7.1 Flour and Water", "Flour and water make a dough when they are kneaded together.")
                        + section("7.2 Kneading by Hand", "Kneading by hand builds gluten in ten minutes of work.")
                        + section("7.3 Resting the Dough", "Resting the dough lets the gluten relax before shaping.")
                        + section("8.1 Proofing Baskets", "Proofing baskets hold the loaf's shape while it rises.")
                        + section("8.2 Scoring the Loaf", "Scoring the loaf with a blade lets steam out in the oven."));
        Path config = TestConfig.in(temp, temp.resolve("data"), seeds);
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);
        running = OfflineStudybot.load(new ConfigLoader().load(config), clock);
        registry = running.studybot().registry();
    }

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void helpGivesTheBooksOwnExample() {
        assertThat(answer("help", "", Map.of())).contains(EXAMPLE).doesNotContain("20.4");
    }

    @Test
    void planRepliesGiveTheBooksOwnStart() {
        assertThat(answer("plan", "status", Map.of()))
                .contains("start:" + EXAMPLE + " ")
                .doesNotContain("20.1");
        assertThat(answer("plan", "set", Map.of("start", "hello", "pace", "1")))
                .contains("start:" + EXAMPLE + ",", "start:8.")
                .doesNotContain("20");
    }

    @Test
    void progressRepliesGiveTheBooksOwnSection() {
        assertThat(answer("progress", "me", Map.of()))
                .contains("/read " + EXAMPLE)
                .doesNotContain("20.4");
        assertThat(answer("read", "", Map.of("section", "hello")))
                .contains("such as " + EXAMPLE + ", or a chapter such as 8.")
                .doesNotContain("20");
    }

    @Test
    void quizAndRoundProblemsGiveTheBooksOwnSectionAndChapter() {
        assertThat(answer("quiz", "next", Map.of("section", "hello")))
                .contains("section:" + EXAMPLE + ",", "chapter:8.")
                .doesNotContain("20");
        assertThat(answer("round", "start", Map.of("section", "13")))
                .contains("section:" + EXAMPLE + ",", "chapter:8.")
                .doesNotContain("20");
    }

    @Test
    void discussRepliesGiveTheBooksOwnSection() {
        assertThat(answer("discuss", "", Map.of()))
                .contains("section:" + EXAMPLE + ".")
                .doesNotContain("20.4");
        assertThat(answer("discuss", "", Map.of("section", "99.9")))
                .contains("such as " + EXAMPLE + ";")
                .doesNotContain("20.4");
    }

    private String answer(String command, String subcommand, Map<String, String> options) {
        Reply reply = registry.answer(CONSOLE, command, subcommand, options);
        return reply.title() + "\n" + reply.text().plainText() + "\n"
                + reply.fields().stream()
                        .map(field -> field.name() + "\n" + field.value().plainText())
                        .collect(Collectors.joining("\n"));
    }

    private static String section(String heading, String text) {
        return heading + "\n\n" + text + "\n\n";
    }
}
