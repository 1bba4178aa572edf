package studybot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.config.ConfigLoader;
import studybot.config.StudybotConfig;
import studybot.testing.TestConfig;

/**
 * The console's {@code /help} for a Japanese book, which gives no tips and no quiz questions: {@code /tip},
 * {@code /quiz} and {@code /round} are marked as having nothing to give with it, in the console's language.
 */
class ConsoleHelpForBookWithoutTipsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);
    private static final Path JAPANESE_BOOK = Path.of("src/test/resources/books/japanese/toshokan.html");

    @TempDir
    Path temp;

    @Test
    void helpMarksTheCommandsTheBookCannotServe() throws Exception {
        String help = help("en_GB.UTF-8");

        assertThat(line(help, "/tip")).endsWith("(not with this book: it has no tips)");
        assertThat(line(help, "/quiz")).endsWith("(not with this book: it has no quiz questions)");
        assertThat(line(help, "/round")).endsWith("(not with this book: it has no quiz questions)");
        assertThat(line(help, "/search")).doesNotContain("not with this book");
    }

    @Test
    void aFrenchConsoleSaysSoInFrench() throws Exception {
        String help = help("fr_FR.UTF-8");

        assertThat(line(help, "/tip")).endsWith("(pas avec ce livre\u00a0: il n’a pas d’astuces)");
        assertThat(line(help, "/quiz")).endsWith("(pas avec ce livre\u00a0: il n’a pas de questions de quiz)");
    }

    private String help(String lang) throws Exception {
        Path seeds = Files.createDirectories(temp.resolve("seeds/toshokan"));
        Files.copy(JAPANESE_BOOK, seeds.resolve("toshokan.html"));
        StudybotConfig config = new ConfigLoader().load(TestConfig.in(temp, temp.resolve("data"), seeds.getParent()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new ConsoleMode(
                        config,
                        CLOCK,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        Map.of("LANG", lang))
                .run(
                        new ByteArrayInputStream("/help\n/quit\n".getBytes(StandardCharsets.UTF_8)),
                        true,
                        false,
                        new StopRequest());
        assertThat(status).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The help line of {@code command}. */
    private static String line(String help, String command) {
        return help.lines()
                .filter(line ->
                        line.strip().startsWith(command + " ") || line.strip().equals(command))
                .findFirst()
                .orElseThrow(() -> new AssertionError(command + " is not in\n" + help));
    }
}
