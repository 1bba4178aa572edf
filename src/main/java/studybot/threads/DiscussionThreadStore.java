package studybot.threads;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import studybot.library.SectionNumber;
import studybot.store.Migrations;

/**
 * What discussion threads keep: each server's thread per section, and who may open threads with {@code /discuss}.
 * {@link SqlDiscussionThreadStore} implements it on SQLite and PostgreSQL alike.
 */
public interface DiscussionThreadStore {

    /** The discussion tables' schema history, in {@code db/discussion_threads/<dialect>}. */
    Migrations MIGRATIONS = new Migrations("discussion_threads", "db/discussion_threads");

    /** A section's thread in a server. */
    record SectionThread(SectionNumber section, long channelId, long threadId, Instant openedAt, boolean onDemand) {}

    Optional<SectionThread> thread(long serverId, SectionNumber section);

    /** Records (or replaces, when the old one was deleted) the threads of {@code sections}. */
    void record(long serverId, List<SectionThread> threads);

    /** Forgets a section's thread, once Discord says it is gone. */
    void forget(long serverId, SectionNumber section);

    /** How many threads {@code /discuss} opened in the server since {@code since}. */
    int openedOnDemandSince(long serverId, Instant since);

    boolean managersOnly(long serverId);

    void setManagersOnly(long serverId, boolean managersOnly);
}
