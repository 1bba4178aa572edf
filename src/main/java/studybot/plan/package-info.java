/**
 * Reading plans: paces, weekdays, the stored position and its resolution against the book ({@code /plan} is in
 * {@code plan.command}).
 *
 * <p>May use: {@code server}, {@code section}, {@code section.command}, {@code store}, {@code library}, {@code reply}.
 */
package studybot.plan;
