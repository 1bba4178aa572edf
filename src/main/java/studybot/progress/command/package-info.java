/**
 * {@code /read}, {@code /unread}, {@code /progress} and the "Mark as read" button, over the progress service.
 *
 * <p>May use: {@code command}, {@code i18n}, {@code progress}, {@code plan}, {@code section}, {@code store},
 * {@code library}, {@code reply}, {@code chart}.
 */
package studybot.progress.command;
