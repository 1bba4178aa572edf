/**
 * What a server has set for itself that several features read: for now its time zone, which days, streaks, plans and
 * the daily post are counted in. Features depend on this, never on the feature that stores the setting, so they sit
 * side by side.
 *
 * <p>May use: no other studybot package.
 */
package studybot.server;
