/**
 * {@code /privacy}: a member sees, takes away and deletes what studybot keeps about them, in every place at once.
 *
 * <p>May use: {@code command}, {@code reply}, {@code privacy}, {@code store}, {@code book}, {@code quiz}, {@code i18n}.
 */
package studybot.privacy.command;
