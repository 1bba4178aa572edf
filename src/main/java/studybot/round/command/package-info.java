/**
 * {@code /round start}, {@code /round stop} and {@code /round limit}, and the {@code round:} answer buttons: the
 * command side of live quiz rounds, answered from the round engine in {@code round}.
 *
 * <p>May use: {@code round}, {@code command}, {@code reply}, {@code book}, {@code library}, {@code section} (reading a
 * section number as {@code /section} does), {@code i18n}.
 */
package studybot.round.command;
