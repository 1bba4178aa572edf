/**
 * The tip deck: short study tips drawn from the book's key facts, and {@code /tip}'s rotation per channel, kept in the
 * store. No commands here: {@code /tip} is in {@link studybot.tip.command}.
 *
 * <p>May use: {@code library}, {@code facts}, {@code store}.
 */
package studybot.tip;
