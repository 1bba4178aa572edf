package studybot.quiz.command;

import studybot.command.Asker;
import studybot.command.Place;

/**
 * Whose quiz state a call is about: a member in a place. Answers, schedules, stats and the leaderboard are all per
 * place, so the same member learns separately in each server and on their own.
 */
record Learner(Place place, long member) {

    static Learner of(Asker asker) {
        return new Learner(asker.place(), asker.userId());
    }

    /** The place's key in the quiz's tables. */
    long placeKey() {
        return place.storageKey();
    }
}
