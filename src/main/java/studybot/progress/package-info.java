/**
 * Read marks, members' and the group's progress, streaks; {@code /read}, {@code /unread}, {@code /progress} and the "Mark as read" button.
 *
 * <p>May use: {@code command}, {@code plan}, {@code sharing}, {@code dailytips}, {@code section}, {@code section.command}, {@code store}, {@code library}, {@code reply}.
 */
package studybot.progress;
