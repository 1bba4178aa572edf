package studybot.plan;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import studybot.store.Migrations;

/**
 * Where reading plans are kept, one per server and book: {@code book} is the shelf's id of the book ({@code ""} only
 * for plans from before ids were stored, until the next start gives them one). An interface so the plan logic does not
 * depend on which database holds it.
 */
public interface PlanStore {

    /** The plan table's schema history, in {@code db/reading_plans/<dialect>}. */
    Migrations MIGRATIONS = new Migrations("reading_plans", "db/reading_plans");

    Optional<ReadingPlan> find(long serverId, String book);

    /** Creates or replaces the server's plan for the book. */
    void save(long serverId, String book, ReadingPlan plan, Instant now);

    /** Forgets the server's plan for the book; nothing happens when it has none. */
    void remove(long serverId, String book);

    /** The books the server has a plan of (off ones included). */
    Set<String> books(long serverId);

    /** Forgets the server's plans for every book, for when studybot leaves it. */
    void removeServer(long serverId);

    /**
     * Gives the plans kept under {@code ""} (the default book's, from before books' ids were stored) to {@code book},
     * the default book's id, except where the server already has a plan of it; how many plans changed.
     */
    int assignBook(String book);
}
