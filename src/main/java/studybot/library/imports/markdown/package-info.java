/**
 * Markdown books: one file, or a folder of files ordered by an mdBook {@code SUMMARY.md}, parsed with commonmark-java
 * (tables by its GitHub extension).
 *
 * <p>May use: {@code studybot.library}, {@code studybot.library.imports}.
 */
package studybot.library.imports.markdown;
