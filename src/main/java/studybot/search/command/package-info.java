/**
 * {@code /search}: the hits of a search as a reply, with a way to open each.
 *
 * <p>May use: {@code command}, {@code book}, {@code search}, {@code section}, {@code reply}, {@code i18n},
 * {@code library} (a word of the book to suggest).
 */
package studybot.search.command;
