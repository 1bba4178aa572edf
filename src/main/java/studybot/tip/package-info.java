/**
 * The tip deck: short study tips drawn from the book. No commands here: {@code /tip} is in
 * {@link studybot.tip.command}.
 *
 * <p>May use: {@code library}, {@code reply}.
 */
package studybot.tip;
