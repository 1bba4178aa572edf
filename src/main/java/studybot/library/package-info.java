/**
 * The book as read from the seeds: the seed parser and loader, {@link studybot.library.Section},
 * {@link studybot.library.SectionNumber} and {@link studybot.library.Library}.
 *
 * <p>May use: {@code i18n}.
 */
package studybot.library;
