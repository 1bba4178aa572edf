package studybot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.SentInteraction;

/** studybot as a real process on the fake Discord: SIGTERM lets the interaction in flight finish, then exits 0. */
class GracefulShutdownTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    @Test
    void sigtermAnswersWhatIsInFlightClosesTheGatewayAndExitsZero() throws Exception {
        Path config = temp.resolve("studybot.json");
        String json = Files.readString(Path.of("config/studybot.json"))
                .replace("\"dataFolder\": \"data\"", "\"dataFolder\": \"" + temp.resolve("data") + "\"")
                .replace("\"seedsFolder\": \"seeds\"", "\"seedsFolder\": \"" + Path.of("seeds").toAbsolutePath() + "\"");
        Files.writeString(config, json);
        try (FakeDiscord discord = FakeDiscord.start()) {
            ProcessBuilder builder = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "studybot.Main", "--config", config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(temp.resolve("out.txt").toFile());
            builder.environment().putAll(discord.environment());
            Process process = builder.start();
            try {
                discord.rest().awaitRequest(request -> request.is("PUT", "applications/\\d+/commands"), WAIT);

                SentInteraction sent = discord.slashCommand("section").option("number", "20.4").send();
                process.destroy();

                assertThat(discord.awaitCallback(sent, WAIT).json().path("data").path("embeds").get(0)
                        .path("title").asText()).startsWith("20.4");
                assertThat(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
                assertThat(process.exitValue()).isZero();
                assertThat(Files.readString(temp.resolve("out.txt"))).contains("studybot: stopped")
                        .doesNotContain(FakeDiscord.TOKEN);
            } finally {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void aCorruptStoreStopsStartupWithOneLine() throws Exception {
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("studybot.db"), "this is not a database ".repeat(200));
        Path config = temp.resolve("studybot.json");
        Files.writeString(config, Files.readString(Path.of("config/studybot.json"))
                .replace("\"dataFolder\": \"data\"", "\"dataFolder\": \"" + data + "\""));
        try (FakeDiscord discord = FakeDiscord.start()) {
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "studybot.Main", "--config", config.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(temp.resolve("out.txt").toFile());
            builder.environment().putAll(discord.environment());
            Process process = builder.start();
            assertThat(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

            assertThat(process.exitValue()).isEqualTo(2);
            String output = Files.readString(temp.resolve("out.txt"));
            assertThat(output.lines().filter(line -> line.startsWith("studybot: "))).singleElement().asString()
                    .contains("studybot.db");
            assertThat(output).doesNotContain("\tat ");
        }
    }
}
