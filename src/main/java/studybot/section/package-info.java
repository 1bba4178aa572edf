/**
 * Finding sections: number and chapter parsing, title matching, nearest sections for a miss, and completions as the
 * user types. No commands here: {@code /section} is in {@link studybot.section.command}.
 *
 * <p>May use: {@code library}, {@code facts} (flattened sub-headings), {@code reply}, {@code i18n}.
 */
package studybot.section;
