package studybot.reload;

import java.time.Instant;
import java.util.Objects;

/**
 * Why a reload was refused and when, as {@code /stats} shows it. The message names the seed file and line to fix,
 * because whoever reads it edits the seeds, not the code.
 */
public record ReloadError(String message, Instant at) {

    public ReloadError {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(at, "at");
    }
}
