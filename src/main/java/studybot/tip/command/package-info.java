/**
 * {@code /tip}: a random tip with a button to read its section; the same reply is the daily post.
 *
 * <p>May use: {@code command}, {@code book}, {@code tip}, {@code section}, {@code library}, {@code reply},
 * {@code i18n}.
 */
package studybot.tip.command;
