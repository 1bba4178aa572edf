/**
 * HTML books: one page or a folder of pages as Sphinx, DocBook and mdBook write them, read with jsoup. Pages are
 * parsed, never run: scripts, styles, navigation and footers are counted as skipped and nothing else is done with them.
 * {@link studybot.library.imports.html.HtmlPage} is also what reads an EPUB's XHTML content.
 *
 * <p>May use: {@code studybot.library}, {@code studybot.library.imports}.
 */
package studybot.library.imports.html;
