package studybot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studybot.discord.fake.FakeDiscord;
import studybot.testing.FakeDiscordExtension;
import studybot.testing.TestConfig;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @RegisterExtension
    final FakeDiscordExtension fake = FakeDiscordExtension.standard();

    @TempDir
    Path temp;

    @Test
    void aRejectedTokenIsOneClearLineAndExitOne(FakeDiscord discord) {
        discord.rest().rejectToken();

        String[] args = {"--config", TestConfig.in(temp).toString()};
        int status = Main.run(args, discord.environment(), print(out), print(err), new StopRequest());

        assertThat(status).isEqualTo(1);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors.lines().filter(line -> line.startsWith("studybot: ")))
                .singleElement()
                .asString()
                .contains("rejected the bot token");
        assertThat(errors).doesNotContain(FakeDiscord.TOKEN).doesNotContain("Exception");
    }

    @Test
    void aBookOverTheLimitAtStartupIsOneLineAndExitTwo() throws Exception {
        Path seeds = Files.createDirectories(temp.resolve("seeds"));
        Path big = Files.writeString(seeds.resolve("big.txt"), "1.1 Big\n\n" + "z".repeat(2000) + "\n");
        Path config = TestConfig.write(
                temp,
                Files.readString(TestConfig.in(temp, temp.resolve("data"), seeds))
                        .replace("\"maxFileBytes\": 10000000", "\"maxFileBytes\": 1024"));

        String[] args = {"console", "--config", config.toString()};
        int status = Main.run(args, Map.of(), print(out), print(err), new StopRequest());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .startsWith("studybot: " + big + ": ")
                .contains("over the limit of 1024 per file")
                .doesNotContain("\n");
    }

    @Test
    void aMegabyteValueInTheConfigGivesALineThatStillEndsWithTheReason() throws Exception {
        String pasted = "a".repeat(5_000_000);
        Path config = TestConfig.write(
                temp,
                Files.readString(TestConfig.in(temp, temp.resolve("data"), temp.resolve("seeds")))
                        .replace(
                                temp.resolve("seeds").toString(),
                                temp.resolve(pasted).toString()));

        String[] args = {"console", "--config", config.toString()};
        int status = Main.run(args, Map.of(), print(out), print(err), new StopRequest());

        assertThat(status).isEqualTo(2);
        String line = err.toString(StandardCharsets.UTF_8).strip();
        assertThat(line)
                .startsWith("studybot: " + temp)
                .endsWith("the seeds folder does not exist or is not a folder")
                .contains(" … ")
                .doesNotContain("\n");
        assertThat(line.length()).isLessThanOrEqualTo("studybot: ".length() + Main.MAX_ERROR_CHARS + " … ".length());
    }

    @Test
    void readableKeepsShortMessagesAndNeverSplitsACharacter() {
        assertThat(Main.readable("short")).isEqualTo("short");
        String message = "x" + "\uD83D\uDCDA".repeat(Main.MAX_ERROR_CHARS) + "y";

        String line = Main.readable(message);

        assertThat(line).startsWith("x").endsWith("y").contains(" … ");
        assertThat(line.codePoints().filter(point -> Character.isSurrogate((char) point)))
                .isEmpty();
    }

    @Test
    void unknownArgumentsPrintUsage() {
        assertThat(Main.run(new String[] {"--bogus"}, Map.of(), print(out), print(err), new StopRequest()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void askingForHelpPrintsUsageOnStdoutAndSucceeds(String help) {
        assertThat(Main.run(new String[] {help}, Map.of(), print(out), print(err), new StopRequest()))
                .isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage:").contains("check-book PATH");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
