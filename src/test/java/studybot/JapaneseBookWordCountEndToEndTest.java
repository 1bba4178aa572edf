package studybot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.command.Asker;
import studybot.config.ConfigLoader;
import studybot.reply.Reply;
import studybot.testing.TestConfig;

/**
 * A Japanese book, written without spaces, served by the console: {@code /book info} and {@code /stats} count its words
 * as {@code check-book} and the reading time do (its characters two to a word), not one word a paragraph.
 */
class JapaneseBookWordCountEndToEndTest {

    private static final Path JAPANESE_BOOK = Path.of("src/test/resources/books/japanese/toshokan.html");
    private static final Asker CONSOLE = Asker.console("operator");

    @TempDir
    Path temp;

    @Test
    void bookInfoAndStatsCountTheCharactersOfAJapaneseBook() throws Exception {
        Path seeds = Files.createDirectories(temp.resolve("seeds/toshokan"));
        Files.copy(JAPANESE_BOOK, seeds.resolve("toshokan.html"));
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);
        try (OfflineStudybot running = OfflineStudybot.load(
                new ConfigLoader().load(TestConfig.in(temp, temp.resolve("data"), seeds.getParent())), clock)) {
            var registry = running.studybot().registry();

            assertThat(text(registry.answer(CONSOLE, "book", "info", Map.of()))).contains("Words: 67;");
            assertThat(text(registry.answer(CONSOLE, "stats", "", Map.of()))).contains("67 words");
        }
    }

    private static String text(Reply reply) {
        return reply.title() + "\n" + reply.text().plainText() + "\n"
                + reply.fields().stream()
                        .map(field -> field.name() + "\n" + field.value().plainText())
                        .collect(Collectors.joining("\n"));
    }
}
