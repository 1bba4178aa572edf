package studybot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.quiz.review.QuestionReport;
import studybot.quiz.review.ReportStore;
import studybot.quiz.review.ReportedCard;
import studybot.quiz.review.SqlReportStore;
import studybot.store.SqliteStore;
import studybot.store.Store;
import studybot.store.Stores;
import studybot.testing.TestConfig;

/** Issue 18 §4: the operator exports every server's question reports with {@code quiz-reports}, tab-separated. */
class QuizReportsModeTest {

    private static final Instant AT = Instant.parse("2026-12-06T09:00:00Z");

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsAHeaderThenOneLinePerQuestionAndServerWithTabsAndBreaksInTextsFlattened() throws Exception {
        Path config = TestConfig.in(temp);
        Path data = Files.createDirectories(temp.resolve("data"));
        try (Store store = SqliteStore.open(
                data.resolve(Stores.SQLITE_FILE), Duration.ofSeconds(2), StoreSchemas.ALL, Clock.systemUTC())) {
            ReportStore reports = new SqlReportStore(store);
            ReportedCard blank = new ReportedCard(
                    "b0123456789abcdef",
                    "20.4",
                    "Redis\tkeeps _____\nin memory.",
                    List.of("data", "Since", "Control", "header"),
                    "data",
                    "Redis keeps data in memory.");
            for (long member = 1; member <= 3; member++) {
                reports.report(new QuestionReport(111, "seeds", member, false, AT.plusSeconds(member), blank));
            }
            reports.report(new QuestionReport(0, "seeds", 9, false, AT, blank));
        }

        int status = Main.run(
                new String[] {"quiz-reports", "--config", config.toString()},
                Map.of(),
                print(out),
                print(err),
                new StopRequest());

        assertThat(status).isEqualTo(0);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(String.join("\t", QuizReportsMode.COLUMNS));
        assertThat(lines).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(QuizReportsMode.COLUMNS.size()));
        assertThat(lines.get(1).split("\t", -1))
                .containsExactly(
                        "0",
                        "seeds",
                        "b0123456789abcdef",
                        "fill_in_the_blank",
                        "20.4",
                        "1",
                        "0",
                        "no",
                        AT.toString(),
                        "Redis keeps _____ in memory.",
                        "data | Since | Control | header",
                        "data",
                        "Redis keeps data in memory.");
        assertThat(lines.get(2)).startsWith("111\tseeds\tb0123456789abcdef\tfill_in_the_blank\t20.4\t3\t0\tyes\t");
    }

    @Test
    void anEmptyStorePrintsTheHeaderOnly() {
        int status = Main.run(
                new String[] {"quiz-reports", "--config", TestConfig.in(temp).toString()},
                Map.of(),
                print(out),
                print(err),
                new StopRequest());

        assertThat(status).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo(String.join("\t", QuizReportsMode.COLUMNS));
    }

    @Test
    void quizReportsWithAnotherModeIsAUsageError() {
        int status =
                Main.run(new String[] {"quiz-reports", "console"}, Map.of(), print(out), print(err), new StopRequest());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("quiz-reports [--config PATH]");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
