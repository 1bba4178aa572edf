/**
 * {@code /section} and the buttons and pick lists that open sections wherever they appear (ids {@code nav:…},
 * {@code open:…}, {@code pick}); paging long sections.
 *
 * <p>May use: {@code command}, {@code book}, {@code section}, {@code facts}, {@code library}, {@code reply},
 * {@code i18n}.
 */
package studybot.section.command;
