/**
 * Key facts of a section: sentences, flattened sub-headings, chatter rules, distinctive terms; the raw material of tips and quiz questions.
 *
 * <p>May use: {@code library}.
 */
package studybot.facts;
