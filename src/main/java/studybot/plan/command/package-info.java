/**
 * {@code /plan}: set, show, pause, resume and skip a server's reading plan, over the plan service.
 *
 * <p>May use: {@code command}, {@code i18n}, {@code plan}, {@code store}, {@code library}, {@code reply}.
 */
package studybot.plan.command;
