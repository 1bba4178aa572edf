/**
 * Daily tips on Discord: posting and channel checks through JDA, the scheduler thread, forgetting servers that remove
 * studybot.
 *
 * <p>May use: {@code discord}, {@code dailytips}, {@code config}, {@code reply}, {@code i18n}, {@code concurrent}, JDA.
 */
package studybot.dailytips.discord;
