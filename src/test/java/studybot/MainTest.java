package studybot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studybot.discord.fake.FakeDiscord;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aRejectedTokenIsOneClearLineAndExitOne() {
        try (FakeDiscord discord = FakeDiscord.start()) {
            discord.rest().rejectToken();

            int status = Main.run(new String[0], discord.environment(), print(out), print(err), Clock.systemUTC());

            assertThat(status).isEqualTo(1);
            String errors = err.toString(StandardCharsets.UTF_8);
            assertThat(errors.lines().filter(line -> line.startsWith("studybot: ")))
                    .singleElement().asString().contains("rejected the bot token");
            assertThat(errors).doesNotContain(FakeDiscord.TOKEN).doesNotContain("Exception");
        }
    }

    @Test
    void unknownArgumentsPrintUsage() {
        assertThat(Main.run(new String[] {"--bogus"}, Map.of(), print(out), print(err), Clock.systemUTC())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
