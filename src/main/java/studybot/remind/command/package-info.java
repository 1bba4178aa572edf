/**
 * {@code /remind on|off|status} and the reminder DM's buttons ({@code remind:}): "Start" asks the first due card
 * through the quiz's own click path, in the place the reminder counts, and the question's buttons keep that place.
 *
 * <p>May use: {@code remind}, {@code command}, {@code book}, {@code i18n}, {@code reply}, {@code dailytips},
 * {@code server}.
 */
package studybot.remind.command;
