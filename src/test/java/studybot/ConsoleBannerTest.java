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
import studybot.shelf.ShelfFixtures;
import studybot.testing.TestConfig;

/** The console's first line names the book the console reads and its size, not the default book's. */
class ConsoleBannerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void theBannerNamesTheBookTheConsoleReads() throws Exception {
        Path seeds = Files.createDirectories(temp.resolve("seeds"));
        ShelfFixtures.markdown(seeds.resolve("a-notes.md"), "Ledger");
        Files.writeString(
                seeds.resolve("bakery.txt"),
                "7.1 Flour and Water\n\nFlour and water make a dough.\n\n"
                        + "7.2 Kneading by Hand\n\nKneading by hand builds gluten.\n\n"
                        + "8.1 Proofing Baskets\n\nProofing baskets hold the loaf's shape.\n\n");
        StudybotConfig config = new ConfigLoader().load(TestConfig.in(temp, temp.resolve("data"), seeds));

        String first = banner(config, "/book use book:seeds\n");
        String second = banner(config, "");

        assertThat(first).contains("(a-notes): ").doesNotContain("(seeds)");
        assertThat(second).contains("(seeds): 3 sections.");
    }

    /** German audit 8b: the first line follows the console's language, as its other lines do. */
    @Test
    void theBannerIsInTheConsolesLanguage() throws Exception {
        Path seeds = Files.createDirectories(temp.resolve("seeds"));
        Files.writeString(seeds.resolve("bakery.txt"), "7.1 Flour and Water\n\nFlour and water make a dough.\n");
        StudybotConfig config = new ConfigLoader().load(TestConfig.in(temp, temp.resolve("data"), seeds));

        assertThat(banner(config, "", Map.of("LANG", "de_DE.UTF-8")))
                .isEqualTo("Gib /help für die Befehle ein; /quit oder das Ende der Eingabe beendet."
                        + " Du liest Bakery (seeds): 1 Abschnitt.");
    }

    /** The console's first line on standard error, after answering {@code input}. */
    private static String banner(StudybotConfig config, String input) throws Exception {
        return banner(config, input, Map.of());
    }

    /** The console's first line, with {@code env} as the console's environment. */
    private static String banner(StudybotConfig config, String input, Map<String, String> env) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new ConsoleMode(
                        config,
                        CLOCK,
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        env)
                .run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), true, false, new StopRequest());
        assertThat(status).isZero();
        return err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
    }
}
