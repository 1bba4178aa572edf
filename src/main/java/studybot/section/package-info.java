/**
 * Finding sections: number and chapter parsing, title matching, nearest sections for a miss, and completions as the
 * user types; what {@code /section} shows ({@link studybot.section.SectionReplies}, paging long sections), which
 * {@code /search} also answers a section number with; and the buttons and pick lists that open a section
 * ({@link studybot.section.SectionActions}, ids {@code nav:…}, {@code open:…}, {@code pick}, and the {@code read:…}
 * "Mark as read" that {@code progress} answers), which every feature offering a section uses. No commands here:
 * {@code /section} is in {@link studybot.section.command}.
 *
 * <p>May use: {@code library}, {@code facts} (flattened sub-headings), {@code reply}, {@code i18n}.
 */
package studybot.section;
