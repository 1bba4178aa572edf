package studybot;

import studybot.round.Rounds;

/**
 * studybot as the {@link CompositionRoot} builds it without Discord: the features, and the rounds' timer, which runs
 * the rounds of every server from {@link #startRounds()} to {@link #stopRounds()}.
 */
public record ConsoleStudybot(Studybot studybot, Rounds rounds) {

    /** Carries on (or ends) the rounds left running last time, then moves rounds on as they come due. */
    public void startRounds() {
        rounds.start(server -> true);
    }

    /** Stops moving rounds on; a round under way carries on after the next start. */
    public void stopRounds() {
        rounds.stop();
    }
}
