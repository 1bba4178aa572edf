/**
 * {@code /stats}: per-command metrics, the one-line interaction log, and the report. Transports report every
 * answered interaction here ({@link studybot.stats.Interaction}).
 *
 * <p>May use: {@code command}, {@code book}, {@code reload}, {@code library}, {@code reply}.
 */
package studybot.stats;
