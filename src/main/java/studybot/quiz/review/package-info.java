/**
 * Each member's quiz reviews in the store, scheduled with FSRS, and members' reports of bad questions.
 *
 * <p>May use: {@code fsrs}, {@code store}.
 */
package studybot.quiz.review;
