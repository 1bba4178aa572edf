package studybot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The scripts in a jar (as in the shipped fat jar) against the versions a history records. */
class CurrentSchemasTest {

    private static final Migrations NOTES = new Migrations("notes", "db/notes");
    private static final Migrations TAGS = new Migrations("tags", "db/tags");

    @TempDir
    Path temp;

    @Test
    void currentOnlyWhenEveryHistoryRecordsItsNewestScriptAndNothingFailedOrNewer() throws Exception {
        try (URLClassLoader scripts = jarOf(
                "db/notes/sqlite/V1__notes.sql",
                "db/notes/sqlite/V2__authors.sql",
                "db/notes/postgresql/V3__only_there.sql",
                "db/tags/sqlite/V1__tags.sql")) {
            SQLiteDataSource store = new SQLiteDataSource();
            store.setUrl("jdbc:sqlite:" + temp.resolve("store.db"));
            CurrentSchemas schemas = new CurrentSchemas(store, Dialect.SQLITE, scripts);
            execute(store, "CREATE TABLE flyway_history_notes (version TEXT, success BOOLEAN)");
            execute(store, "INSERT INTO flyway_history_notes VALUES ('0', 1), ('1', 1)");

            assertThat(schemas.allCurrent(List.of(NOTES)))
                    .as("V2 not applied yet")
                    .isFalse();

            execute(store, "INSERT INTO flyway_history_notes VALUES ('2', 1), (NULL, 1)");
            assertThat(schemas.allCurrent(List.of(NOTES))).isTrue();
            assertThat(schemas.allCurrent(List.of(NOTES, TAGS)))
                    .as("no tags history")
                    .isFalse();

            execute(store, "CREATE TABLE flyway_history_tags (version TEXT, success BOOLEAN)");
            execute(store, "INSERT INTO flyway_history_tags VALUES ('1', 0)");
            assertThat(schemas.allCurrent(List.of(NOTES, TAGS)))
                    .as("a failed migration")
                    .isFalse();

            execute(store, "UPDATE flyway_history_tags SET success = 1");
            assertThat(schemas.allCurrent(List.of(NOTES, TAGS))).isTrue();

            execute(store, "INSERT INTO flyway_history_notes VALUES ('3', 1)");
            assertThat(schemas.allCurrent(List.of(NOTES)))
                    .as("a newer studybot's version")
                    .isFalse();
        }
    }

    /** A jar as Maven builds one: an entry for every folder, then the files. */
    private URLClassLoader jarOf(String... scripts) throws Exception {
        Path jar = temp.resolve("scripts.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file)) {
            for (String folder : List.of(
                    "db/", "db/notes/", "db/notes/sqlite/", "db/notes/postgresql/", "db/tags/", "db/tags/sqlite/")) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            for (String script : scripts) {
                out.putNextEntry(new JarEntry(script));
                out.write("SELECT 1;".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
    }

    private static void execute(SQLiteDataSource store, String sql) throws Exception {
        try (Connection connection = store.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
