/**
 * What {@code /stats} reports: per-command metrics, the one-line interaction log, the collected figures (the command
 * and its report are in {@code stats.command}). Transports report every answered interaction here
 * ({@link studybot.stats.Interaction}).
 *
 * <p>May use: {@code command}, {@code book}, {@code reload}, {@code library}, {@code reply}, {@code facts},
 * {@code quiz}, {@code quiz.review} (members' reports of bad questions), {@code i18n} (durations in the reader's
 * units).
 */
package studybot.stats;
