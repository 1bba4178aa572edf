package studybot.search;

/**
 * A paragraph or a few of one section, as passage BM25 and the embedding model see them: the section's title, then the
 * text, so a concept named only in the title ("Expiry") still reaches every passage of its section.
 *
 * @param section the section's ordinal in the library
 * @param bodyStart where the text begins in the section's body, for the excerpt; 0 for the title passage
 * @param text what is indexed and embedded: the title, then the text
 */
record Passage(int section, int bodyStart, String text) {}
