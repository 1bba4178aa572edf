/**
 * Rounds on Discord: their messages posted and edited in the channel through JDA, and the timer that moves them on
 * while the bot is connected, for the servers on this process's shards.
 *
 * <p>May use: {@code discord}, {@code round}, {@code config}, {@code reply}, JDA.
 */
package studybot.discord.round;
