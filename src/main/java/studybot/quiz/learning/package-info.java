/**
 * What {@code /quiz} does for a member, in plain values, beside its command package ({@code quiz.command}) rather than
 * inside it: picks their next question, records answers (from {@code /quiz} and from group rounds) as FSRS reviews,
 * takes reports of bad questions, and computes stats and leaderboards from the kept answers.
 *
 * <p>May use: {@code command} (a call's place, the clicked message), {@code library}, {@code quiz},
 * {@code quiz.review}, {@code facts} (a card's key fact), {@code fsrs}, {@code sharing}, {@code server} (a server's
 * timezone).
 */
package studybot.quiz.learning;
