/**
 * {@code check-book}: reads a book the way the bot would serve it and prints its outline and load report, so an
 * operator knows before serving it what it became and what was left out.
 *
 * <p>May use: {@code book} (the language note), {@code library}, {@code library.imports},
 * {@code library.imports.formats}, {@code facts}, {@code quiz}, {@code i18n}.
 */
package studybot.book.check;
