/**
 * Full-text search over the sections: the Lucene index, query building, typo correction and excerpts with the matched
 * words marked. No commands here: {@code /search} is in {@link studybot.search.command}.
 *
 * <p>May use: {@code library}, {@code facts} (flattened sub-headings), {@code reply}, {@code search.semantic},
 * {@code files}, {@code i18n}.
 */
package studybot.search;
