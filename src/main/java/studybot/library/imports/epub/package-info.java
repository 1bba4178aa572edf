/**
 * EPUB 2 and 3 books, read with {@code java.util.zip} and jsoup: the package document's metadata and spine, the
 * navigation document or NCX for nesting, and each content document through the HTML page reader. Hostile archives
 * (entries that climb out of the book, zip bombs, too many entries, DRM) are refused with one line.
 *
 * <p>May use: {@code studybot.library}, {@code studybot.library.imports}, {@code studybot.library.imports.html}.
 */
package studybot.library.imports.epub;
