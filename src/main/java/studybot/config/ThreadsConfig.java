package studybot.config;

import java.time.Duration;
import java.util.Set;

/**
 * Discussion threads: after how many minutes without a message Discord archives one (Discord allows 60, 1440, 4320 or
 * 10080), and how many threads {@code /discuss} may open per server in 24 hours, so a burst of commands cannot fill a
 * channel with threads. Threads the daily digest opens are not counted.
 */
public record ThreadsConfig(int autoArchiveMinutes, int perServerPerDay) {

    private static final Set<Integer> ARCHIVE_MINUTES = Set.of(60, 1440, 4320, 10080);

    public ThreadsConfig {
        if (!ARCHIVE_MINUTES.contains(autoArchiveMinutes)) {
            throw new IllegalArgumentException(
                    "threads.autoArchiveMinutes must be 60, 1440, 4320 or 10080, was " + autoArchiveMinutes);
        }
        ConfigChecks.between("threads.perServerPerDay", perServerPerDay, 1, 100);
    }

    public Duration autoArchive() {
        return Duration.ofMinutes(autoArchiveMinutes);
    }
}
