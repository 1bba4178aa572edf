/**
 * The list of book formats studybot reads, kept in one place so that a new format is one line here, and the one way a
 * zip of pages is unpacked, for uploads and {@code check-book} alike.
 *
 * <p>May use: {@code studybot.library}, {@code studybot.library.imports}, {@code studybot.library.imports.epub},
 * {@code studybot.library.imports.html}, {@code studybot.library.imports.markdown},
 * {@code studybot.library.imports.pdf}.
 */
package studybot.library.imports.formats;
