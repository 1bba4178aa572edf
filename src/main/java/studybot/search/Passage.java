package studybot.search;

/**
 * A few sentences of one section, as the embedding model sees them: the section's title, then the sentences, so a
 * concept named only in the title ("Expiry") still reaches every passage of its section.
 *
 * @param section   the section's ordinal in the library
 * @param bodyStart where the sentences begin in the section's body, for the excerpt; 0 for the title passage
 * @param text      what is embedded: the title, then the sentences
 */
record Passage(int section, int bodyStart, String text) {
}
