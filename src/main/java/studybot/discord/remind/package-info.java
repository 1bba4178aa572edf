/**
 * Reminders on Discord: DMs through JDA (the DM channel opened once and kept, so a reminder is one request), and the
 * scheduler that runs the reminder pass while the bot is connected.
 *
 * <p>May use: {@code discord}, {@code remind}, {@code reply}, {@code concurrent}, JDA.
 */
package studybot.discord.remind;
