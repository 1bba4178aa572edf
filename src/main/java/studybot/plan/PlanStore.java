package studybot.plan;

import java.time.Instant;
import java.util.Optional;
import studybot.store.Migrations;

/**
 * Where reading plans are kept, one per server. An interface so the plan logic does not depend on which database holds
 * it.
 */
public interface PlanStore {

    /** The plan table's schema history, in {@code db/reading_plans/<dialect>}. */
    Migrations MIGRATIONS = new Migrations("reading_plans", "db/reading_plans");

    Optional<ReadingPlan> find(long serverId);

    /** Creates or replaces the server's plan. */
    void save(long serverId, ReadingPlan plan, Instant now);

    /** Forgets the server's plan; nothing happens when it has none. */
    void remove(long serverId);
}
