package studybot.sharing;

import java.util.Set;

/**
 * Which members of a server agreed to be named in group views (the quiz leaderboard, {@code /progress group}). One
 * opt-in for all of them, set with {@code /quiz share visible:on}; everyone else is counted, never named. Read as one
 * set per server, so a group view of thousands of members costs one query rather than one per member.
 */
@FunctionalInterface
public interface ShareOptIns {

    /** Every member of the server who is sharing. */
    Set<Long> sharing(long serverId);
}
