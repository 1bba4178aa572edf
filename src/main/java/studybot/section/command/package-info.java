/**
 * {@code /section}, and the routes of the buttons and pick lists that open sections wherever they appear (ids
 * {@code nav:…}, {@code open:…}, {@code pick}, made by {@link studybot.section.SectionActions}); paging long sections.
 *
 * <p>May use: {@code command}, {@code book}, {@code section}, {@code facts}, {@code library}, {@code reply},
 * {@code i18n}.
 */
package studybot.section.command;
