/**
 * {@code /tip}: a random tip with a button to read its section, worded by {@link studybot.tip.TipReply}, as the daily
 * post's tip is.
 *
 * <p>May use: {@code command}, {@code book}, {@code tip}, {@code library}, {@code reply}, {@code i18n}.
 */
package studybot.tip.command;
