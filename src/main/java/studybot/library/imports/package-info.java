/**
 * Books in the formats people have (EPUB, HTML, Markdown, PDF) read into one outline,
 * {@link studybot.library.imports.ImportedBook}, which is numbered and turned into a {@link studybot.library.Library}
 * the same way for every format. Parsing is left to maintained libraries (jsoup, commonmark-java, PDFBox).
 *
 * <p>May use: {@code studybot.library}, {@code i18n}.
 */
package studybot.library.imports;
