package studybot.search;

/**
 * Where one query word matched in a text: {@code [start, end)} in the text as the book has it, and the indexed term
 * that matched, so an excerpt can prefer a passage showing several different words over one word repeated.
 */
record MatchSpan(int start, int end, String term) {}
