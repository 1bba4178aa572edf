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

    boolean matched() {
        return !matches.isEmpty();
    }
}
