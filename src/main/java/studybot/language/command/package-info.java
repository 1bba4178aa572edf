/**
 * {@code /language}: server managers choose the language of the server's public messages and daily post, for servers
 * whose preferred locale on Discord is not theirs (only Community servers can set one).
 *
 * <p>May use: {@code command}, {@code reply}, {@code i18n}, {@code language}, {@code store}.
 */
package studybot.language.command;
