package studybot.reload;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How live reload has gone since startup, for {@code /stats}.
 *
 * <p>{@code lastError} is kept after a later reload succeeds, so the host can still see that (and why) an edit was
 * refused; {@code failing} tells whether it still matters, that is whether the last attempt was refused and the book
 * served now is older than the seeds on disk.
 *
 * @param reloads editions swapped in since startup (the startup load is not counted)
 * @param refused reloads refused since startup
 * @param lastReloadAt when the last edition was swapped in, if any was
 * @param lastError the last refused reload, if any, even if a later one succeeded
 * @param failing the last attempt was refused, so an older edition is being served
 * @param watcherRestarts times the seeds watcher failed and started over since startup
 * @param lastWatcherFailure why it last did, and when
 */
public record ReloadStatus(
        long reloads,
        long refused,
        Optional<Instant> lastReloadAt,
        Optional<ReloadError> lastError,
        boolean failing,
        long watcherRestarts,
        Optional<ReloadError> lastWatcherFailure) {

    public ReloadStatus {
        Objects.requireNonNull(lastReloadAt, "lastReloadAt");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(lastWatcherFailure, "lastWatcherFailure");
        if (failing && lastError.isEmpty()) {
            throw new IllegalArgumentException("failing without an error");
        }
    }

    /** Before any reload. */
    public static ReloadStatus initial() {
        return new ReloadStatus(0, 0, Optional.empty(), Optional.empty(), false, 0, Optional.empty());
    }

    ReloadStatus swapped(Instant at) {
        return new ReloadStatus(
                reloads + 1, refused, Optional.of(at), lastError, false, watcherRestarts, lastWatcherFailure);
    }

    ReloadStatus refused(ReloadError error) {
        return new ReloadStatus(
                reloads, refused + 1, lastReloadAt, Optional.of(error), true, watcherRestarts, lastWatcherFailure);
    }

    ReloadStatus watcherFailed(ReloadError failure) {
        return new ReloadStatus(
                reloads, refused, lastReloadAt, lastError, failing, watcherRestarts + 1, Optional.of(failure));
    }
}
