/**
 * One loaded edition of the book with everything derived from it (lookup, index, tips, the lookup cache), and
 * {@link studybot.book.CurrentBook}, the edition being served. A reload replaces the whole edition at once.
 *
 * <p>May use: {@code config}, {@code library}, {@code section}, {@code search}, {@code tip}, {@code facts},
 * {@code quiz}, {@code i18n}.
 */
package studybot.book;
