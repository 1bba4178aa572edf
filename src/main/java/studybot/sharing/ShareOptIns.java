package studybot.sharing;

/**
 * Which members of a server agreed to be named in group views (the quiz leaderboard, {@code /progress group}).
 * One opt-in for all of them, set with {@code /quiz share visible:on}; everyone else is counted, never named.
 */
@FunctionalInterface
public interface ShareOptIns {

    boolean isSharing(long serverId, long memberId);
}
