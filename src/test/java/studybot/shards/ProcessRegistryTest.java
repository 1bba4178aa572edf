package studybot.shards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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
class ProcessRegistryTest {

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    @Test
    void processesAddUpAndTheDeadOrStoppedDropOut() {
        MutableClock clock = new MutableClock(Instant.parse("2030-01-07T09:00:00Z"));
        try (Store database = TestStores.of(dialect, temp).open(List.of(ProcessRegistry.MIGRATIONS))) {
            ProcessRegistry first = new ProcessRegistry(database, clock);
            ProcessRegistry second = new ProcessRegistry(database, clock);
            ProcessRegistry third = new ProcessRegistry(database, clock);
            assertThat(first.fleet()).isEmpty();

            first.beat(new ShardRange(4, 0, 1), 10);
            second.beat(new ShardRange(4, 2, 3), 12);
            assertThat(third.fleet()).contains(new FleetFigures(2, 4, 4, false, 22));

            third.beat(new ShardRange(4, 1, 2), 11);
            assertThat(first.fleet()).contains(new FleetFigures(3, 4, 4, true, 33));

            clock.advance(ProcessRegistry.GONE_AFTER.plusSeconds(1));
            first.beat(new ShardRange(4, 0, 1), 10);
            third.leave();
            assertThat(first.fleet()).as("the second died, the third stopped")
                    .contains(new FleetFigures(1, 4, 2, false, 10));
        }
    }
}
