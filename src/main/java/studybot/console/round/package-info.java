/**
 * Rounds in the offline console: a round's questions, reveals and scoreboard printed as they come, answered with
 * {@code /press}.
 *
 * <p>May use: {@code console}, {@code round}, {@code reply}.
 */
package studybot.console.round;
