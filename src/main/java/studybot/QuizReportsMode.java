package studybot;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import studybot.config.StudybotConfig;
import studybot.quiz.QuestionKind;
import studybot.quiz.review.ReportedQuestion;
import studybot.quiz.review.SqlReportStore;
import studybot.store.Store;
import studybot.store.StoreException;
import studybot.store.Stores;

/**
 * {@code quiz-reports}: prints every server's reports of bad quiz questions as tab-separated lines, a header first, for
 * the operator who improves how questions are made. One line per question and server (server 0 is direct messages and
 * the console), with the book it was last reported from, most reported first; tabs and line breaks inside the texts
 * become spaces, so every line is one row. It reads the configured store (SQLite or PostgreSQL) and can run beside the
 * bot.
 */
final class QuizReportsMode {

    static final List<String> COLUMNS = List.of(
            "server",
            "book",
            "card",
            "kind",
            "section",
            "reports",
            "by_managers",
            "dropped",
            "last_reported",
            "prompt",
            "choices",
            "answer",
            "fact");

    private final StudybotConfig config;
    private final Map<String, String> env;
    private final PrintStream out;

    QuizReportsMode(StudybotConfig config, Map<String, String> env, PrintStream out) {
        this.config = config;
        this.env = env;
        this.out = out;
    }

    /**
     * @return 0 once every report is printed
     * @throws StoreException when the store cannot be opened or read; {@link Main} prints it and exits 2
     */
    int run() {
        try (Store store = Stores.open(config.store(), config.dataFolder(), env, StoreSchemas.ALL, Clock.systemUTC())) {
            List<ReportedQuestion> reported = new SqlReportStore(store).all();
            out.println(String.join("\t", COLUMNS));
            reported.forEach(question -> out.println(line(question)));
            return 0;
        }
    }

    static String line(ReportedQuestion question) {
        return String.join(
                "\t",
                List.of(
                        Long.toUnsignedString(question.scope()),
                        question.book(),
                        question.card().cardId(),
                        QuestionKind.ofCard(question.card().cardId())
                                .map(kind -> kind.name().toLowerCase(Locale.ROOT))
                                .orElse("unknown"),
                        question.card().section(),
                        Integer.toString(question.reports()),
                        Integer.toString(question.byManagers()),
                        question.dropped() ? "yes" : "no",
                        question.lastReportedAt().toString(),
                        oneLine(question.card().prompt()),
                        oneLine(String.join(" | ", question.card().choices())),
                        oneLine(question.card().answer()),
                        oneLine(question.card().fact())));
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
