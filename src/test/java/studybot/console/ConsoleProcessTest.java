package studybot.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.testing.TestConfig;

/** Runs studybot as a real process with piped input, as a script would. */
class ConsoleProcessTest {

    @TempDir
    Path temp;

    @Test
    void answersPipedCommandsAndExitsAtEndOfInput() throws Exception {
        Result result = run(List.of("--config", config(false).toString()), """
                /section 20.4
                /search pooling
                /search replicaton
                /section 20.9
                /tip
                /help
                /search @everyone **bold** title:foo AND (
                /section §20,4
                /section 20.4 page 1
                """, "");

        assertThat(result.exitCode).isZero();
        assertThat(result.stderr).contains("offline").contains("DISCORD_TOKEN");
        assertThat(result.stdout)
                .contains("== 20.4 Replication Groups: Primary Node and Read Replicas ==")
                .contains("Showing results for replication (this book has no \"replicaton\").")
                .doesNotContain("**replication**")
                .doesNotContain("\u001B[")
                .contains("There is no section 20.9")
                .contains("== Study tip ==")
                .contains("/search query")
                .contains("» ◀ 20.3: /section 20.3   20.5 ▶: /section 20.5")
                .doesNotContain("Exception");
        String search = result.stdout.substring(result.stdout.indexOf("== Search: pooling =="));
        assertThat(search.lines().filter(line -> line.matches("\\d+\\.\\d+ .*")).findFirst())
                .contains("62.8 Connection Pooling Strategies");
    }

    @Test
    void theConsoleFollowsLang() throws Exception {
        Result result = run(List.of("--config", config(false).toString()), """
                /tip
                """, "", "de_DE.UTF-8");

        assertThat(result.exitCode).isZero();
        assertThat(result.stdout)
                .contains("== Lerntipp ==")
                .contains("\n-- Aus ")
                .contains(" lesen: /section ");
    }

    @Test
    void helpListsEveryCommandTheConsoleTakesAndStatsCountsConsoleCommands() throws Exception {
        Result result = run(List.of("console", "--config", config(false).toString()), """
                /help
                /section 20.4
                /section 20.4 page:1
                /tips status
                /stats
                /quit
                /section 20.5
                """, "");

        assertThat(result.exitCode).isZero();
        assertThat(result.stdout)
                .contains(
                        "\n/section number [page] ",
                        "\n/search query ",
                        "\n/tip ",
                        "\n/help ",
                        "\n/stats ",
                        "\n/tips set|on|off|status|post-now ",
                        "\n/press id [value] ",
                        "\n/quit ");
        assertThat(result.stdout)
                .contains("Daily tips are set up on Discord")
                .contains("holds no daily-tip settings yet");
        String stats = result.stdout.substring(result.stdout.indexOf("== studybot stats =="));
        assertThat(stats).contains("section").contains("help").contains("tips");
        assertThat(result.stdout).as("nothing after /quit").doesNotContain("== 20.5 ");
        assertThat(Files.exists(temp.resolve("data").resolve("studybot.db")))
                .as("the console's own store")
                .isTrue();
    }

    @Test
    void aButtonWithoutATypedCommandIsPressedByItsId() throws Exception {
        Result result = run(List.of("console", "--config", config(false).toString()), """
                /press nav:20.5:0
                /press pick 62.2:0
                /press gone:1
                """, "");

        assertThat(result.stdout)
                .contains("== 20.5 Redis Pub/Sub and Sorted Sets for Leaderboards ==")
                .contains("== 62.2 asyncpg: Async PostgreSQL Driver ==")
                .contains("older version of studybot");
    }

    @Test
    void searchHitsAreListedWithNumberAndTitleInRankOrder() throws Exception {
        Result result = run(List.of("console", "--config", config(false).toString()), "/search postgres\n", "");

        List<String> hits = result.stdout
                .lines()
                .filter(line -> line.matches("\\d+\\.\\d+ .*"))
                .toList();
        assertThat(hits).startsWith("62.1 psycopg2: Connecting to PostgreSQL", "62.2 asyncpg: Async PostgreSQL Driver");
        assertThat(result.stderr).doesNotContain("offline");
    }

    @Test
    void badConfigIsOneLineAndNonZero() throws Exception {
        Path config = TestConfig.write(temp, TestConfig.shipped().replace("\"search\"", "\"serch\""));

        Result result = run(List.of("--config", config.toString()), "", "");

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.stderr.strip())
                .startsWith("studybot: ")
                .contains("unknown key 'serch'")
                .doesNotContain("at studybot");
    }

    @Test
    void aTokenInTheEnvironmentIsNeverPrinted() throws Exception {
        Result result = run(List.of("console", "--config", config(false).toString()), "/help\n", "secret-token-value");

        assertThat(result.stdout + result.stderr).doesNotContain("secret-token-value");
    }

    /**
     * Piped input is answered at once, as the Discord mode answers, not after search by meaning is ready (it waited for
     * every book's vectors: about 70 s for two real books on a first start): meanwhile BM25 answers alone.
     */
    @Test
    void aScriptedConsoleAnswersBeforeSearchByMeaningIsReady() throws Exception {
        Result result = run(List.of("console", "--config", config(true).toString()), "/stats\n", "");

        assertThat(result.exitCode).isZero();
        assertThat(result.stdout).contains("BM25 alone for now").doesNotContain("BM25 + meaning");
    }

    @Test
    void aConsoleSearchesByMeaningOnceItsVectorsAreReady() throws Exception {
        Path stdout = temp.resolve("out.txt");
        Path stderr = temp.resolve("err.txt");
        Process process = new ProcessBuilder(
                        javaCommand(List.of("console", "--config", config(true).toString())))
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        try {
            try (OutputStream in = process.getOutputStream()) {
                // the test classpath logs quietly: ask /stats until it says search by meaning is ready
                await().atMost(Duration.ofMinutes(3))
                        .pollInterval(Duration.ofSeconds(2))
                        .until(() -> {
                            in.write("/stats\n".getBytes(StandardCharsets.UTF_8));
                            in.flush();
                            return Files.readString(stdout).contains("BM25 + meaning (all-minilm-l6-v2-q");
                        });
                in.write("/search how do I keep my redis data safe if the node crashes\n/stats\n"
                        .getBytes(StandardCharsets.UTF_8));
            }
            assertThat(process.waitFor(60, TimeUnit.SECONDS))
                    .as("console exits at end of input")
                    .isTrue();
            assertThat(process.exitValue()).isZero();
            String out = Files.readString(stdout);
            List<String> hits =
                    out.lines().filter(line -> line.matches("\\d+\\.\\d+ .*")).toList();
            // BM25 alone puts 20.4 (replication) first: only the words match there
            assertThat(hits).first().asString().startsWith("20.7 ");
            assertThat(temp.resolve("data/embeddings/seeds/all-minilm-l6-v2-q.vectors"))
                    .isRegularFile();
        } finally {
            process.destroyForcibly();
        }
    }

    /**
     * The shipped config in the test's temp folder (the store, logs and vectors land there), search by meaning on or
     * off.
     */
    private Path config(boolean semantic) throws IOException {
        return TestConfig.write(
                temp, Files.readString(TestConfig.in(temp)).replace("\"semantic\": true", "\"semantic\": " + semantic));
    }

    /** The console starts the rounds' timer: a round started there posts its question by itself after the lead-in. */
    @Test
    void aRoundStartedInTheConsolePostsItsQuestionByItself() throws Exception {
        Path stdout = temp.resolve("out.txt");
        List<String> command =
                javaCommand(List.of("console", "--config", config(false).toString()));
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(temp.resolve("err.txt").toFile())
                .start();
        try (OutputStream in = process.getOutputStream()) {
            in.write("/round start questions:1 seconds:10\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> Files.readString(stdout).contains("== Question 1 of 1"));
            in.write("/round stop\n".getBytes(StandardCharsets.UTF_8));
        }
        try {
            assertThat(process.waitFor(60, TimeUnit.SECONDS))
                    .as("console exits at end of input")
                    .isTrue();
            assertThat(process.exitValue()).isZero();
            assertThat(Files.readString(stdout))
                    .contains("You started a round: 1 question", "/press round:a:")
                    .doesNotContain("Exception");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void sigtermWhileWaitingForInputExitsZero() throws Exception {
        Path stderr = temp.resolve("err.txt");
        List<String> command =
                javaCommand(List.of("console", "--config", config(false).toString()));
        Process process = new ProcessBuilder(command)
                .redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(stderr.toFile())
                .start();
        try {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> Files.readString(stderr).contains(" sections"));

            process.destroy();

            assertThat(process.waitFor(60, TimeUnit.SECONDS))
                    .as("exits after SIGTERM")
                    .isTrue();
            assertThat(process.exitValue()).isZero();
        } finally {
            process.destroyForcibly();
        }
    }

    private static List<String> javaCommand(List<String> args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "studybot.Main"));
        command.addAll(args);
        return command;
    }

    private Result run(List<String> args, String input, String token) throws IOException, InterruptedException {
        return run(args, input, token, "C.UTF-8");
    }

    /** @param lang the shell's {@code LANG}, the console's language (the other locale variables are unset) */
    private Result run(List<String> args, String input, String token, String lang)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(javaCommand(args));
        builder.environment().remove("DISCORD_TOKEN");
        builder.environment().remove("LC_ALL");
        builder.environment().remove("LC_MESSAGES");
        builder.environment().put("LANG", lang);
        if (!token.isEmpty()) {
            builder.environment().put("DISCORD_TOKEN", token);
        }
        Path stdout = temp.resolve("out.txt");
        Path stderr = temp.resolve("err.txt");
        builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("console exits at end of input")
                .isTrue();
        return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }

    private record Result(int exitCode, String stdout, String stderr) {}
}
