/**
 * Read marks, members' and the group's progress, streaks; their commands are in {@code progress.command}.
 *
 * <p>May use: {@code command} (the places read marks count in), {@code i18n}, {@code plan}, {@code sharing},
 * {@code server}, {@code section}, {@code store}, {@code library}, {@code reply}.
 */
package studybot.progress;
