package studybot.dailytips;

import studybot.quiz.Question;

/**
 * How the daily post names the answer buttons of its question of the day: the quiz's own answer ids, handed over by the
 * wiring so that the quiz's click route answers them (each member privately, counted as a review) and daily tips need
 * not know the quiz's commands.
 */
@FunctionalInterface
public interface AnswerButtonIds {

    /** The component id of the button answering {@code question} with {@code choice}, at most 100 characters. */
    String answerId(Question question, String choice);
}
