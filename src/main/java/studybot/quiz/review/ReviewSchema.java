package studybot.quiz.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import studybot.store.Migration;

/**
 * The review store's schema, kept as versioned SQL files per dialect under {@code db/quiz/sqlite/} and
 * {@code db/quiz/postgresql/} (the layout of the store's per-feature Flyway migrations). Until the bot's store runs
 * those, {@link #sqlite()} reads the SQLite scripts as {@link Migration} steps for {@code studybot.store.Database}.
 */
public final class ReviewSchema {

    /** The scripts, oldest first; published ones are never edited. */
    static final List<String> SCRIPTS = List.of("V1__reviews.sql");

    private ReviewSchema() {
    }

    /** The SQLite scripts as migration steps 1, 2, ... */
    public static List<Migration> sqlite() {
        List<Migration> migrations = new ArrayList<>();
        for (int i = 0; i < SCRIPTS.size(); i++) {
            migrations.add(new Migration(i + 1, "quiz " + SCRIPTS.get(i), statements("db/quiz/sqlite/" + SCRIPTS.get(i))));
        }
        return migrations;
    }

    static List<String> statements(String resource) {
        try (InputStream in = ReviewSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing schema script " + resource);
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> statements = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : sql.split("\n")) {
                if (line.strip().startsWith("--")) {
                    continue;
                }
                current.append(line).append('\n');
                if (line.strip().endsWith(";")) {
                    String statement = current.toString().strip();
                    statements.add(statement.substring(0, statement.length() - 1));
                    current.setLength(0);
                }
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
