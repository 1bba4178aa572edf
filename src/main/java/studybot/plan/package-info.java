/**
 * Reading plans: paces, weekdays, the stored position and its resolution against the book, and {@code /plan}.
 *
 * <p>May use: {@code command}, {@code dailytips}, {@code section}, {@code section.command}, {@code store}, {@code library}, {@code reply}.
 */
package studybot.plan;
