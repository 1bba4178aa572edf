/**
 * {@code /book}: which books there are, which one this place reads, and, for server managers, picking one, bringing the
 * server's own book and removing it again.
 *
 * <p>May use: {@code command}, {@code reply}, {@code book}, {@code shelf}, {@code library}, {@code library.imports},
 * {@code store}, {@code config}, {@code i18n}.
 */
package studybot.shelf.command;
