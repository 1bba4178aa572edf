/**
 * The shelf: every book studybot serves, each with its own edition (index, facts, cards, vectors) and live reload. The
 * seeds folder's books are shared by every server; a server's uploaded books are its own. Books are built off the
 * request path, one at a time, so a start or a reload never holds several builds in memory at once. Each server's (and
 * each member's, in direct messages) choice of book is kept in the store.
 *
 * <p>May use: {@code book}, {@code book.check}, {@code reload}, {@code library}, {@code library.imports},
 * {@code library.imports.formats}, {@code library.snapshot}, {@code config}, {@code store}, {@code facts},
 * {@code quiz}, {@code i18n}.
 */
package studybot.shelf;
