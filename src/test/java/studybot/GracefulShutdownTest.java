package studybot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.SentInteraction;

/**
 * studybot as a real process on the fake Discord: SIGTERM ends it cleanly with status 0, and bad seeds or a bad
 * store stop it with one line. (That SIGTERM lets interactions in flight finish is shown in-process, where "in
 * flight" can be arranged without racing the signal: see {@code DeadlinesTest}.)
 */
class GracefulShutdownTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    @Test
    void sigtermClosesTheGatewayAndExitsZero() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            Process process = start(discord, config(temp.resolve("data"), Path.of("seeds").toAbsolutePath()));
            try {
                discord.rest().awaitRequest(request -> request.is("PUT", "applications/\\d+/commands"), WAIT);
                SentInteraction sent = discord.slashCommand("section").option("number", "20.4").send();
                discord.awaitCallback(sent, WAIT);

                process.destroy();

                assertThat(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
                assertThat(process.exitValue()).isZero();
                assertThat(output()).contains("studybot: stopped").doesNotContain(FakeDiscord.TOKEN);
            } finally {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void badSeedsStopStartupWithTheFileAndLineBeforeConnecting() throws Exception {
        Path seeds = temp.resolve("seeds");
        Files.createDirectories(seeds);
        Files.writeString(seeds.resolve("book.txt"), "1.1 One\n\nBody.\n\n1.1 Again\n\nBody.\n");

        assertThat(exitStatusOfStarting(config(temp.resolve("data"), seeds))).isEqualTo(2);
        assertThat(output()).contains("book.txt:5").contains("already defined at").doesNotContain("\tat ");
    }

    @Test
    void aCorruptStoreStopsStartupWithOneLine() throws Exception {
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("studybot.db"), "this is not a database ".repeat(200));

        assertThat(exitStatusOfStarting(config(data, Path.of("seeds").toAbsolutePath()))).isEqualTo(2);
        assertThat(output().lines().filter(line -> line.startsWith("studybot: "))).singleElement().asString()
                .contains("studybot.db");
        assertThat(output()).doesNotContain("\tat ");
    }

    private Path config(Path dataFolder, Path seedsFolder) throws IOException {
        Path config = temp.resolve("studybot.json");
        Files.writeString(config, Files.readString(Path.of("config/studybot.json"))
                .replace("\"dataFolder\": \"../data\"", "\"dataFolder\": \"" + dataFolder + "\"")
                .replace("\"seedsFolder\": \"../seeds\"", "\"seedsFolder\": \"" + seedsFolder + "\""));
        return config;
    }

    private int exitStatusOfStarting(Path config) throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            Process process = start(discord, config);
            try {
                assertThat(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("stops by itself").isTrue();
                return process.exitValue();
            } finally {
                process.destroyForcibly();
            }
        }
    }

    private Process start(FakeDiscord discord, Path config) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "studybot.Main", "--config", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("out.txt").toFile());
        builder.environment().putAll(discord.environment());
        return builder.start();
    }

    private String output() throws IOException {
        return Files.readString(temp.resolve("out.txt"));
    }
}
