package studybot.quiz.review;

/** What {@link ReviewStore#moveCards} did: how many schedules moved to their card's new id, of how many members. */
public record MovedCards(int schedules, int members) {}
