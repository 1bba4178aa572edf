/**
 * Key facts of a section: sentences, flattened sub-headings, chatter rules, distinctive terms; the raw material of tips
 * and quiz questions. {@link studybot.facts.SubHeadings} places the flattened sub-headings in the book text for
 * {@code section} and {@code search}.
 *
 * <p>May use: {@code library}.
 */
package studybot.facts;
