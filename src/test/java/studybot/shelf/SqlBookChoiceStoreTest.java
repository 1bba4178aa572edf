package studybot.shelf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;

/** Book choices on both backends: SQLite ([1]) and PostgreSQL ([2]); they outlive the store being closed. */
@ParameterizedClass
@EnumSource(Dialect.class)
class SqlBookChoiceStoreTest {

    private static final long SERVER = 1_234_567_890_123_456_789L;
    private static final long MEMBER = 987_654_321_098_765_432L;

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void aServerAndAMemberInDirectMessagesEachKeepTheirOwnChoice() {
        TestStores stores = TestStores.of(dialect, temp);
        try (Store store = stores.open(List.of(SqlBookChoiceStore.MIGRATIONS))) {
            SqlBookChoiceStore choices = new SqlBookChoiceStore(store, clock);
            assertThat(choices.chosen(SERVER, SqlBookChoiceStore.NONE)).isEmpty();

            choices.choose(SERVER, SqlBookChoiceStore.NONE, new BookId("rust-book"));
            choices.choose(SERVER, SqlBookChoiceStore.NONE, new BookId("postgresql"));
            choices.choose(SqlBookChoiceStore.NONE, MEMBER, new BookId("rust-book"));
        }
        try (Store store = stores.open(List.of(SqlBookChoiceStore.MIGRATIONS))) {
            SqlBookChoiceStore choices = new SqlBookChoiceStore(store, clock);
            assertThat(choices.chosen(SERVER, SqlBookChoiceStore.NONE)).hasValue("postgresql");
            assertThat(choices.chosen(SqlBookChoiceStore.NONE, MEMBER)).hasValue("rust-book");
            assertThat(choices.chosen(SERVER, MEMBER)).isEmpty();
        }
    }

    @Test
    void aRemovedBookIsForgottenOnlyInItsServer() {
        try (Store store = TestStores.of(dialect, temp).open(List.of(SqlBookChoiceStore.MIGRATIONS))) {
            SqlBookChoiceStore choices = new SqlBookChoiceStore(store, clock);
            choices.choose(SERVER, SqlBookChoiceStore.NONE, new BookId("our-notes"));
            choices.choose(SERVER + 1, SqlBookChoiceStore.NONE, new BookId("our-notes"));

            assertThat(choices.forget(SERVER, new BookId("our-notes"))).isEqualTo(1);

            assertThat(choices.chosen(SERVER, SqlBookChoiceStore.NONE)).isEmpty();
            assertThat(choices.chosen(SERVER + 1, SqlBookChoiceStore.NONE)).hasValue("our-notes");
        }
    }
}
