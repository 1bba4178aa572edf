/**
 * {@code /tips}: set up, switch, post now and show a server's daily tips, over the daily tip service.
 *
 * <p>May use: {@code command}, {@code dailytips}, {@code store}, {@code library}, {@code reply}, {@code i18n}.
 */
package studybot.dailytips.command;
