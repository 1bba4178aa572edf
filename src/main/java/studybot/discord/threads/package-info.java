/**
 * Discussion threads on Discord: opened on a message through JDA ({@code createThreadChannel}), reopened when archived,
 * and the permissions they need checked from JDA's cache.
 *
 * <p>May use: {@code discord}, {@code threads}, {@code reply}, JDA.
 */
package studybot.discord.threads;
