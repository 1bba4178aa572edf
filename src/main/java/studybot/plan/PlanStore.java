package studybot.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where reading plans are kept, one per server. An interface so the plan logic does not depend on which database
 * holds it.
 */
public interface PlanStore {

    Optional<ReadingPlan> find(long serverId);

    /** Every server's plan, switched-off ones included, by server id. */
    List<ServerPlan> all();

    /** Creates or replaces the server's plan. */
    void save(long serverId, ReadingPlan plan, Instant now);

    /** Forgets the server's plan; nothing happens when it has none. */
    void remove(long serverId);
}
