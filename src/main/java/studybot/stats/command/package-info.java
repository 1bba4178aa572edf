/**
 * {@code /stats}: the figures the {@code stats} package collects, as a report for server managers.
 *
 * <p>May use: {@code command}, {@code stats}, {@code book}, {@code reload}, {@code library}, {@code reply},
 * {@code quiz.review} (members' reports of bad questions), {@code i18n}.
 */
package studybot.stats.command;
