/**
 * Wiring reading plans and progress over the store, and the plan's part of the daily post.
 *
 * <p>May use: {@code command}, {@code plan}, {@code progress}, {@code sharing}, {@code dailytips}, {@code store},
 * {@code library}, {@code quiz.learning} (a member's place in the book, for the order of new quiz cards).
 */
package studybot.digest;
