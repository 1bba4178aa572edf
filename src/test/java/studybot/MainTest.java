package studybot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.discord.fake.FakeDiscord;
import studybot.testing.TestConfig;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    @TempDir
    Path temp;

    @Test
    void aRejectedTokenIsOneClearLineAndExitOne() {
        try (FakeDiscord discord = FakeDiscord.start()) {
            discord.rest().rejectToken();

            String[] args = {"--config", TestConfig.in(temp).toString()};
            int status = Main.run(args, discord.environment(), print(out), print(err), new StopRequest());

            assertThat(status).isEqualTo(1);
            String errors = err.toString(StandardCharsets.UTF_8);
            assertThat(errors.lines().filter(line -> line.startsWith("studybot: ")))
                    .singleElement().asString().contains("rejected the bot token");
            assertThat(errors).doesNotContain(FakeDiscord.TOKEN).doesNotContain("Exception");
        }
    }

    @Test
    void unknownArgumentsPrintUsage() {
        assertThat(Main.run(new String[] {"--bogus"}, Map.of(), print(out), print(err), new StopRequest())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
