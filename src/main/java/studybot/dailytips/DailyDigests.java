package studybot.dailytips;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The reading plan's part of each server's daily post. Implemented by {@code digest.PlanDigests}, so daily tips need
 * not know about plans: a server whose plan is not running gets the plain tip.
 */
@FunctionalInterface
public interface DailyDigests {

    /** The digest for the server's post of {@code date} (its local date); empty when no plan is running. */
    Optional<Digest> digestFor(long serverId, LocalDate date);
}
