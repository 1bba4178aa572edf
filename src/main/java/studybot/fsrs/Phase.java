package studybot.fsrs;

/** Where a card is in FSRS's life cycle: new or being learnt, in long-term review, or relearnt after a lapse. */
public enum Phase {
    LEARNING,
    REVIEW,
    RELEARNING
}
