package studybot.sharing;

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

/** Opt-ins on both backends: SQLite ([1]) and PostgreSQL ([2]); they outlive the store being closed. */
@ParameterizedClass
@EnumSource(Dialect.class)
class SqlShareOptInStoreTest {

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void aMemberOptsInPerServerAndOutAgainAndItSurvivesAReopen() {
        TestStores stores = TestStores.of(dialect, temp);
        try (Store store = stores.open(List.of(SqlShareOptInStore.MIGRATIONS))) {
            SqlShareOptInStore optIns = new SqlShareOptInStore(store, clock);
            assertThat(optIns.isSharing(1, 10)).isFalse();
            assertThat(optIns.setSharing(1, 10, true)).isTrue();
            assertThat(optIns.setSharing(1, 10, true)).isFalse();
            assertThat(optIns.setSharing(1, 11, true)).isTrue();
            assertThat(optIns.setSharing(1, 11, false)).isTrue();
            assertThat(optIns.setSharing(2, 12, true)).isTrue();
        }
        try (Store store = stores.open(List.of(SqlShareOptInStore.MIGRATIONS))) {
            SqlShareOptInStore optIns = new SqlShareOptInStore(store, clock);
            assertThat(optIns.isSharing(1, 10)).isTrue();
            assertThat(optIns.isSharing(2, 10)).isFalse();
            assertThat(optIns.sharing(1)).containsExactly(10L);
            assertThat(optIns.sharing(2)).containsExactly(12L);
            assertThat(optIns.setSharing(1, 99, false)).isFalse();
        }
    }
}
