/**
 * Review reminders: each member's setting, the DM at their local time on days with reviews due (claimed and sent
 * exactly once through {@code posting}, at the rate the daily posts share), and what pauses or stops it. Counts come
 * from the quiz's review store; the DM goes through the transport's {@link studybot.remind.DirectMessages}.
 * {@code /remind} is in {@code remind.command}.
 *
 * <p>May use: {@code command}, {@code i18n}, {@code posting}, {@code quiz.review}, {@code reply}, {@code store},
 * {@code server} (how a zone is named).
 */
package studybot.remind;
