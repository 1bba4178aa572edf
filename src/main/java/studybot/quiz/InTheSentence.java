package studybot.quiz;

/**
 * What a fill-in-the-blank distractor is checked by inside the fact's own sentence, all read from one pass over the
 * book: the book's words ({@link BookStems}), where it uses each candidate ({@link SlotEvidence}) and what it says of
 * it ({@link AlsoSaid}).
 */
record InTheSentence(BookStems words, SlotEvidence evidence, AlsoSaid alsoSaid) {}
