/**
 * Members' opt-in to being named in group views (group progress, the quiz leaderboard).
 *
 * <p>May use: {@code store}.
 */
package studybot.sharing;
