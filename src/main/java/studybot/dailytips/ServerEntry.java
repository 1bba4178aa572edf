package studybot.dailytips;

import java.time.Instant;
import java.util.Optional;

/**
 * A server's settings as stored, with the bookkeeping around them: {@code revision} counts changes so a failure noticed
 * during a send cannot pause settings an admin changed meanwhile; {@code updatedAt} is when they were last saved, so a
 * post time already past when an admin sets it does not fire at once.
 */
record ServerEntry(
        long serverId,
        DailyTipSettings settings,
        long revision,
        Instant updatedAt,
        Optional<PauseReason> pausedReason) {

    boolean active() {
        return settings.enabled() && pausedReason.isEmpty();
    }
}
