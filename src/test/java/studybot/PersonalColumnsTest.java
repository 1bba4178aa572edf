package studybot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.i18n.Languages;
import studybot.i18n.Texts;
import studybot.store.Dialect;
import studybot.store.PersonalColumn;
import studybot.store.Store;
import studybot.store.TestStores;

/**
 * {@code /privacy} exports and forgets exactly the columns the schemas declare: a new table that names a member but
 * forgets to declare it would keep their data after they asked for it to go. This test finds every such column in the
 * migrated schema and fails on one that no {@link studybot.store.Migrations} declares.
 */
class PersonalColumnsTest {

    /** Column names that hold a Discord user id, by the naming the schemas use. */
    private static final Pattern NAMES_A_MEMBER =
            Pattern.compile("(?:member|user|starter|reporter|author|owner)(?:_id)?|.*_by|.*_member_id|.*_user_id");

    @TempDir
    Path temp;

    @Test
    void everyColumnThatNamesAMemberIsDeclared() {
        Set<String> declared = StoreSchemas.ALL.stream()
                .flatMap(schema -> schema.personalColumns().stream())
                .map(column -> column.table() + "." + column.column())
                .collect(Collectors.toSet());
        try (Store store = TestStores.of(Dialect.SQLITE, temp).open(StoreSchemas.ALL)) {
            List<String> undeclared = store.inTransaction(connection -> {
                List<String> found = new ArrayList<>();
                DatabaseMetaData meta = connection.getMetaData();
                try (ResultSet columns = meta.getColumns(null, null, "%", "%")) {
                    while (columns.next()) {
                        String table = columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                        String column = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                        if (!table.startsWith("flyway_")
                                && NAMES_A_MEMBER.matcher(column).matches()
                                && !declared.contains(table + "." + column)) {
                            found.add(table + "." + column);
                        }
                    }
                }
                return found;
            });
            assertThat(undeclared)
                    .as("columns naming a member that no schema declares as a PersonalColumn")
                    .isEmpty();
        }
    }

    @Test
    void everyDeclaredColumnExists() {
        try (Store store = TestStores.of(Dialect.SQLITE, temp).open(StoreSchemas.ALL)) {
            for (PersonalColumn column : StoreSchemas.ALL.stream()
                    .flatMap(schema -> schema.personalColumns().stream())
                    .toList()) {
                boolean exists = store.inTransaction(connection -> {
                    try (ResultSet found =
                            connection.getMetaData().getColumns(null, null, column.table(), column.column())) {
                        return found.next();
                    }
                });
                assertThat(exists).as(column.table() + "." + column.column()).isTrue();
            }
        }
    }

    /**
     * German audit 8c: {@code /privacy} names every table it exports or forgets from the {@code privacy} bundle
     * ({@code table.reminders}), in every supported language. {@code BundlesTest} compares a bundle's languages with
     * each other, so a key missing from all of them (the table names are asked for by a built key) passed it.
     */
    @Test
    void everyTableWithAPersonalColumnIsNamedInEveryLanguage() {
        Texts privacy = Texts.load("privacy");
        Set<String> tables = StoreSchemas.ALL.stream()
                .flatMap(schema -> schema.personalColumns().stream())
                .map(PersonalColumn::table)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(tables).contains("reminders", "read_marks");
        List<String> unnamed = new ArrayList<>();
        for (String table : tables) {
            String key = "table." + table;
            for (Locale language : Languages.SUPPORTED) {
                boolean named = language.equals(Languages.ENGLISH)
                        ? privacy.keys().contains(key)
                        : privacy.translations(key).containsKey(language);
                if (!named) {
                    unnamed.add(key + " (" + language + ")");
                }
            }
        }
        assertThat(unnamed)
                .as("tables /privacy exports that its bundle does not name")
                .isEmpty();
    }
}
