/**
 * The list of book formats studybot reads, kept in one place so that a new format is one line here.
 *
 * <p>May use: {@code studybot.library}, {@code studybot.library.imports} and its format packages.
 */
package studybot.library.imports.formats;
