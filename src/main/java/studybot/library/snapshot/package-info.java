/**
 * What reading a book produced, kept on disk so that a restart with unchanged files reads a compact snapshot instead of
 * parsing the book again: parsing a large HTML book takes a core for about a second in a fresh JVM, beside the login. A
 * snapshot is used only when its key (the book's bytes, the reading settings and the build of the code that reads
 * books) matches, and nothing in it is trusted for sizes.
 *
 * <p>May use: {@code studybot.library}, {@code library.imports}, {@code i18n}, {@code files}.
 */
package studybot.library.snapshot;
