package studybot.search;

/**
 * A section found by one retriever, with the passage that made it: quoted in the excerpt when only that retriever found
 * the section.
 *
 * @param section the section's ordinal in the library
 * @param score the retriever's own score (BM25, or cosines); comparable only within one ranking
 */
record SectionMatch(int section, Passage passage, float score) {}
