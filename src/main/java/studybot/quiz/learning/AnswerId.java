package studybot.quiz.learning;

import java.time.Instant;
import java.util.Optional;

/**
 * A click on an answer button, as {@link QuizService#answer} records it: which card, which choice, and when the
 * question was asked if the button's id says.
 */
public record AnswerId(String cardId, String choiceId, Optional<Instant> asked) {}
