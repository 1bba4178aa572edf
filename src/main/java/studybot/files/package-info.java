/**
 * What studybot's files in the data folder have in common, whichever part of it writes them: they are the operator's
 * and the members' alone.
 *
 * <p>May use: no other studybot package.
 */
package studybot.files;
