/**
 * {@code /discuss}: a member opens, or links to, the discussion thread of a section.
 *
 * <p>May use: {@code command}, {@code threads}, {@code reply}, {@code i18n}.
 */
package studybot.threads.command;
