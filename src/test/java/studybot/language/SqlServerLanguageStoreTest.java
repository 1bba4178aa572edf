package studybot.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.store.Dialect;
import studybot.store.Sql;
import studybot.store.Store;
import studybot.store.TestStores;

/** Server languages on both backends: SQLite ([1]) and PostgreSQL ([2]); they outlive the store being closed. */
@ParameterizedClass
@EnumSource(Dialect.class)
class SqlServerLanguageStoreTest {

    private static final long SERVER = 1_234_567_890_123_456_789L;

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void aChoiceIsKeptPerServerAndTheLastOneCounts() {
        TestStores stores = TestStores.of(dialect, temp);
        try (Store store = stores.open(List.of(SqlServerLanguageStore.MIGRATIONS))) {
            SqlServerLanguageStore languages = new SqlServerLanguageStore(store, clock);
            assertThat(languages.chosen(SERVER)).isEmpty();

            languages.choose(SERVER, Locale.ENGLISH);
            languages.choose(SERVER, Locale.GERMAN);
            languages.choose(0, Locale.ENGLISH);
        }
        try (Store store = stores.open(List.of(SqlServerLanguageStore.MIGRATIONS))) {
            SqlServerLanguageStore languages = new SqlServerLanguageStore(store, clock);
            assertThat(languages.chosen(SERVER)).contains(Locale.GERMAN);
            assertThat(languages.chosen(0)).contains(Locale.ENGLISH);
            assertThat(languages.chosen(SERVER + 1)).isEmpty();
        }
    }

    @Test
    void forgettingGoesBackToNoChoiceAndSaysWhetherThereWasOne() {
        try (Store store = TestStores.of(dialect, temp).open(List.of(SqlServerLanguageStore.MIGRATIONS))) {
            SqlServerLanguageStore languages = new SqlServerLanguageStore(store, clock);
            languages.choose(SERVER, Locale.GERMAN);

            assertThat(languages.forget(SERVER)).isTrue();
            assertThat(languages.forget(SERVER)).isFalse();
            assertThat(languages.chosen(SERVER)).isEmpty();
        }
    }

    @Test
    void aStoredLanguageStudybotNoLongerSpeaksIsNoChoice() {
        try (Store store = TestStores.of(dialect, temp).open(List.of(SqlServerLanguageStore.MIGRATIONS))) {
            store.inTransaction(connection -> Sql.on(connection)
                    .update(
                            "INSERT INTO server_languages (server_id, language, chosen_at) VALUES (?, ?, ?)",
                            SERVER,
                            "pl",
                            clock.millis()));

            assertThat(new SqlServerLanguageStore(store, clock).chosen(SERVER)).isEmpty();
        }
    }
}
