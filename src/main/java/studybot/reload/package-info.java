/**
 * Live reload: watching the seeds folder and swapping in a new edition of the book once it is quiet.
 *
 * <p>May use: {@code book}, {@code library}, {@code i18n}.
 */
package studybot.reload;
