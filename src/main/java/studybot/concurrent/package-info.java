/**
 * What studybot's own background threads have in common, whichever feature or transport runs them.
 *
 * <p>May use: no other studybot package.
 */
package studybot.concurrent;
