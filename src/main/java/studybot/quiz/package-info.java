/**
 * Quiz questions made from the book's key facts.
 *
 * <p>May use: {@code facts}, {@code library}; {@code quiz.review} keeps the reviews.
 */
package studybot.quiz;
