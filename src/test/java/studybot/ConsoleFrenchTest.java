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

/** A console started with {@code LANG=fr_FR.UTF-8} speaks French, from its first line on. */
class ConsoleFrenchTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void aFrenchShellGetsAFrenchConsole() throws Exception {
        Path seeds = Files.createDirectories(temp.resolve("seeds"));
        Files.writeString(seeds.resolve("bakery.txt"), "7.1 Flour and Water\n\nFlour and water make a dough.\n");
        StudybotConfig config = new ConfigLoader().load(TestConfig.in(temp, temp.resolve("data"), seeds));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = new ConsoleMode(
                        config,
                        CLOCK,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        Map.of("LANG", "fr_FR.UTF-8"))
                .run(
                        new ByteArrayInputStream("/nope\n/quit\n".getBytes(StandardCharsets.UTF_8)),
                        true,
                        false,
                        new StopRequest());

        assertThat(status).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse(""))
                .isEqualTo("Tape /help pour les commandes, /quit ou fin de l’entrée pour quitter."
                        + " Lecture de Bakery (seeds)\u00a0: 1 section.");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Commande inconnue. Essaie ")
                .contains("Au revoir.");
    }
}
