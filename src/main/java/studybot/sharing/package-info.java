/**
 * Members' opt-in to being named in group views (group progress, the quiz leaderboard).
 *
 * <p>May use: no other studybot package.
 */
package studybot.sharing;
