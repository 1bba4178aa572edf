/**
 * Logging in to Discord: endpoints (overridable for the fake Discord), the sharded connection, and the errors a login
 * can end in (rejected token, unreachable).
 *
 * <p>May use: {@code config}, {@code concurrent}, JDA.
 */
package studybot.discord.connect;
