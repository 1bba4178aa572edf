/**
 * Reading plans: paces, weekdays, the stored position and its resolution against the book ({@code /plan} is in
 * {@code plan.command}).
 *
 * <p>May use: {@code i18n}, {@code server}, {@code section}, {@code store}, {@code library}, {@code reply}.
 */
package studybot.plan;
