/**
 * Live quiz rounds in a channel, which {@code /round} ({@code round.command}) starts and answers from. Questions are
 * posted for everyone with a deadline, each member's first click counts (and is a quiz review for them), the answer is
 * revealed at the deadline and a scoreboard ends the round. Every step of a round is a row in the store, so a restart
 * carries on from where it was; posting and editing messages outside an interaction goes through
 * {@link studybot.round.RoundChannel}, which each transport implements.
 *
 * <p>May use: {@code command}, {@code reply}, {@code book}, {@code library}, {@code quiz}, {@code facts} (a card's key
 * fact), {@code quiz.learning} (recording answers as reviews), {@code quiz.review}, {@code plan} (today's readings),
 * {@code progress} (what members have read), {@code sharing}, {@code server} (a server's timezone), {@code section}
 * (its "Read 20.4" button), {@code store}, {@code i18n}, {@code concurrent}.
 */
package studybot.round;
