package studybot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.testing.TestConfig;

/**
 * The console as a real process: SIGTERM ended it with status 0 and nothing on stderr, where every exit status comes
 * with one line saying why (docs/operating.md).
 */
class ConsoleStopTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @Test
    void sigtermEndsTheConsoleWithZeroAndOneLineSayingWhy() throws Exception {
        Path config = TestConfig.in(temp, json -> json.replace("\"semantic\": true", "\"semantic\": false"));
        Path err = temp.resolve("err.txt");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "studybot.Main",
                        "console",
                        "--config",
                        config.toString())
                .redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(err.toFile())
                .start();
        try {
            await().atMost(WAIT).until(() -> Files.readString(err).contains("Type /help"));

            assertThat(process.toHandle().destroy())
                    .as("SIGTERM sent, stdin left open (Process.destroy would close it too)")
                    .isTrue();

            assertThat(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .as("exits after SIGTERM")
                    .isTrue();
            assertThat(process.exitValue()).isZero();
            assertThat(Files.readAllLines(err))
                    .filteredOn(line -> line.startsWith("studybot:"))
                    .containsExactly("studybot: stopped by SIGTERM");
        } finally {
            process.destroyForcibly();
        }
    }

    /**
     * SIGTERM while the console still starts (here: waiting up to a minute for a store another process holds; as well a
     * large book read from its files after an upgrade) waited for the start to end, past systemd's TimeoutStopSec.
     */
    @Test
    void sigtermWhileStartingEndsTheConsoleAtOnceWithZeroAndOneLine() throws Exception {
        Path config = TestConfig.in(
                temp,
                json -> json.replace("\"semantic\": true", "\"semantic\": false")
                        .replace("\"busyTimeoutMillis\": 2000", "\"busyTimeoutMillis\": 60000"));
        Path data = Files.createDirectories(temp.resolve("data"));
        Path err = temp.resolve("err.txt");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("studybot.db"));
                Statement lock = other.createStatement()) {
            lock.execute("BEGIN EXCLUSIVE");
            Process process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            "studybot.Main",
                            "console",
                            "--config",
                            config.toString())
                    .redirectOutput(temp.resolve("out.txt").toFile())
                    .redirectError(err.toFile())
                    .start();
            try {
                await().atMost(WAIT).until(() -> Files.exists(data.resolve("logs/studybot.log")));
                Thread.sleep(1_000);

                assertThat(process.toHandle().destroy()).isTrue();

                assertThat(process.waitFor(15, TimeUnit.SECONDS))
                        .as("exits within the grace period, not once the store is free")
                        .isTrue();
                assertThat(process.exitValue()).isZero();
                assertThat(Files.readAllLines(err))
                        .filteredOn(line -> line.startsWith("studybot:"))
                        .containsExactly("studybot: stopped by SIGTERM");
            } finally {
                process.destroyForcibly();
            }
        }
    }
}
