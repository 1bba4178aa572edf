/**
 * PDF books read with Apache PDFBox into the shared outline: the bookmarks give the tree, each section is cut at its
 * heading's place on the page, running headers, footers and page numbers are stripped, words hyphenated across lines
 * are joined, and monospace runs become code. A PDF carries no paragraphs or headings of its own, so these rules
 * rebuild them from positions and fonts; docs/design/pdf-import.md states them with measured figures.
 *
 * <p>May use: {@code studybot.library}, {@code studybot.library.imports}, PDFBox.
 */
package studybot.library.imports.pdf;
