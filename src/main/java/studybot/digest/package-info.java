/**
 * Wiring reading plans and progress over the store, and the plan's part of the daily post.
 *
 * <p>May use: {@code command}, {@code plan}, {@code progress}, {@code sharing}, {@code dailytips}, {@code store}, {@code library}.
 */
package studybot.digest;
