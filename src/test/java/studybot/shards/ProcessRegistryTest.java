package studybot.shards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.dailytips.MutableClock;
import studybot.discord.ShardRange;
import studybot.stats.FleetFigures;
import studybot.store.Database;
import studybot.store.Schema;

class ProcessRegistryTest {

    @TempDir
    Path temp;

    @Test
    void processesAddUpAndTheDeadOrStoppedDropOut() {
        MutableClock clock = new MutableClock(Instant.parse("2030-01-07T09:00:00Z"));
        try (Database database = Database.open(temp.resolve("studybot.db"), Schema.MIGRATIONS)) {
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
