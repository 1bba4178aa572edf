/**
 * Each member's quiz reviews in the store, scheduled with FSRS.
 *
 * <p>May use: {@code fsrs}, {@code store}.
 */
package studybot.quiz.review;
