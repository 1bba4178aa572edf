/**
 * Rounds on Discord: their messages posted and edited in the channel through JDA, and the timer that moves them on
 * while the bot is connected, for the servers on this process's shards.
 *
 * <p>May use: {@code discord}, {@code round}, {@code book}, {@code plan}, {@code sharing}, {@code store},
 * {@code config}, {@code reply}, {@code command}, JDA.
 */
package studybot.discord.round;
