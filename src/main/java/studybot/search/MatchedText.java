package studybot.search;

import java.util.List;

/** A field's full text with every place the query matched it, in order: the raw material of an excerpt. */
record MatchedText(String text, List<MatchSpan> matches) {

    MatchedText {
        matches = List.copyOf(matches);
    }

    static MatchedText unmatched(String text) {
        return new MatchedText(text, List.of());
    }

    /** The part {@code [start, end)} of the text, with the matches wholly inside it, counted from {@code start}. */
    MatchedText within(int start, int end) {
        if (start == 0 && end == text.length()) {
            return this;
        }
        List<MatchSpan> inside = matches.stream()
                .filter(match -> match.start() >= start && match.end() <= end)
                .map(match -> new MatchSpan(match.start() - start, match.end() - start, match.term()))
                .toList();
        return new MatchedText(text.substring(start, end), inside);
    }

    boolean matched() {
        return !matches.isEmpty();
    }
}
