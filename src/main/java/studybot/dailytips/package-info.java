/**
 * Daily tips: each server's settings, what its daily post says and its posting once per local day through
 * {@code posting}'s exactly-once engine, rotation ({@code /tips} is in {@code dailytips.command}). Where tips are
 * posted ({@link studybot.dailytips.TipChannel}) and how channels are checked
 * ({@link studybot.dailytips.PostingAccess}) are the transport's to give; {@link studybot.dailytips.DailyTips}
 * assembles the rest.
 *
 * <p>May use: {@code command}, {@code book}, {@code server}, {@code store}, {@code posting}, {@code tip}, {@code quiz},
 * {@code facts}, {@code section}, {@code library}, {@code reply}, {@code i18n}.
 */
package studybot.dailytips;
