package studybot.reload;

import java.time.Instant;

/** Hears of each failure of the seeds watcher (which then starts over), so {@code /stats} can show the last one. */
@FunctionalInterface
public interface WatcherFailures {

    void failed(String reason, Instant at);
}
