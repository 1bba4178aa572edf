package studybot.quiz.command;

import studybot.command.Asker;

/**
 * Whose quiz state a call is about: the server (0 in direct messages and in the console) and the member. Answers,
 * schedules, stats and the leaderboard are all per scope, so the same member learns separately in each server.
 */
record QuizScope(long scope, long member) {

    static QuizScope of(Asker asker) {
        return new QuizScope(asker.serverId().orElse(0), asker.userId());
    }

    boolean inServer() {
        return scope != 0;
    }
}
