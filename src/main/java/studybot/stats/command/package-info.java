/**
 * {@code /stats}: the figures the {@code stats} package collects, as a report for server managers.
 *
 * <p>May use: {@code command}, {@code stats}, {@code book}, {@code reload}, {@code library}, {@code reply}.
 */
package studybot.stats.command;
