/**
 * The tip deck: short study tips drawn from the book's key facts, {@code /tip}'s rotation per channel, kept in the
 * store, and a tip as a reply ({@link studybot.tip.TipReply}), which {@code /tip} and the daily post share. No commands
 * here: {@code /tip} is in {@link studybot.tip.command}.
 *
 * <p>May use: {@code library}, {@code facts}, {@code store}, {@code section} (the "Read" button), {@code reply},
 * {@code i18n}.
 */
package studybot.tip;
