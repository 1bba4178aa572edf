package studybot.shards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.dailytips.MutableClock;
import studybot.discord.ShardRange;
import studybot.stats.FleetFigures;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;

@ParameterizedClass
@EnumSource(Dialect.class)
class SqlProcessStoreTest {

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    @Test
    void processesAddUpAndTheDeadOrStoppedDropOut() {
        MutableClock clock = new MutableClock(Instant.parse("2030-01-07T09:00:00Z"));
        try (Store database = TestStores.of(dialect, temp).open(List.of(SqlProcessStore.MIGRATIONS))) {
            SqlProcessStore first = new SqlProcessStore(database, clock);
            clock.advance(Duration.ofSeconds(1));
            SqlProcessStore second = new SqlProcessStore(database, clock);
            clock.advance(Duration.ofSeconds(1));
            SqlProcessStore third = new SqlProcessStore(database, clock);
            assertThat(first.fleet()).isEmpty();

            first.beat(new ShardRange(4, 0, 1), Map.of(0, 4, 1, 6));
            second.beat(new ShardRange(4, 2, 3), Map.of(2, 5, 3, 7));
            assertThat(third.fleet()).contains(new FleetFigures(2, 4, 4, false, 22));

            third.beat(new ShardRange(4, 1, 2), Map.of(1, 6, 2, 5));
            assertThat(first.fleet()).contains(new FleetFigures(3, 4, 4, true, 22));

            clock.advance(SqlProcessStore.GONE_AFTER.plusSeconds(1));
            first.beat(new ShardRange(4, 0, 1), Map.of(0, 4, 1, 6));
            third.leave();
            assertThat(first.fleet())
                    .as("the second died, the third stopped")
                    .contains(new FleetFigures(1, 4, 2, false, 10));
            assertThat(rows(database)).as("the dead process's row is deleted").isEqualTo(1);
        }
    }

    @Test
    void overlappingProcessesCountEachShardsServersOnce() {
        MutableClock clock = new MutableClock(Instant.parse("2030-01-07T09:00:00Z"));
        try (Store database = TestStores.of(dialect, temp).open(List.of(SqlProcessStore.MIGRATIONS))) {
            SqlProcessStore old = new SqlProcessStore(database, clock);
            clock.advance(Duration.ofSeconds(30));
            SqlProcessStore restarted = new SqlProcessStore(database, clock);

            old.beat(new ShardRange(2, 0, 1), Map.of(0, 11, 1, 9));
            restarted.beat(new ShardRange(2, 0, 1), Map.of(0, 12, 1, 0));

            assertThat(old.fleet())
                    .as("a rolling restart: each shard once, by the process that has it loaded")
                    .contains(new FleetFigures(2, 2, 2, true, 21));
        }
    }

    private static int rows(Store database) {
        return database.inTransaction(connection -> {
            try (Statement count = connection.createStatement();
                    ResultSet result = count.executeQuery("SELECT COUNT(*) FROM " + SqlProcessStore.TABLE)) {
                result.next();
                return result.getInt(1);
            }
        });
    }
}
