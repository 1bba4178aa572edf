/**
 * {@code /section}, and the routes of the buttons and pick lists that open sections wherever they appear (ids
 * {@code nav:…}, {@code open:…}, {@code pick}, made by {@link studybot.section.SectionActions}).
 *
 * <p>May use: {@code command}, {@code book}, {@code section}, {@code reply}, {@code i18n}.
 */
package studybot.section.command;
