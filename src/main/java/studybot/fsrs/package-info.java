/**
 * The FSRS-6 spaced-repetition scheduler.
 *
 * <p>May use: no other studybot package.
 */
package studybot.fsrs;
