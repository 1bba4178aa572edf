/**
 * {@code /help}: the commands the asker may use (from the registry), with examples from the loaded book.
 *
 * <p>May use: {@code command}, {@code book}, {@code library}, {@code reply}, {@code i18n}.
 */
package studybot.help.command;
