/**
 * Read marks, members' and the group's progress, streaks; their commands are in {@code progress.command}.
 *
 * <p>May use: {@code command} (a place from an asker), {@code plan}, {@code sharing}, {@code server}, {@code section},
 * {@code section.command}, {@code store}, {@code library}, {@code reply}.
 */
package studybot.progress;
