package studybot.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.util.BytesRef;

/**
 * Hands the highlighter's findings over as data instead of formatted text: with the whole field as one passage, Lucene
 * supplies the match offsets (stemmed matches included, from the postings) and {@link ExcerptWriter} chooses the
 * passage. A term's text is decoded once per field, not once per match (a huge section has hundreds of thousands).
 * Stateless, so one instance serves every thread.
 */
final class MatchCollector extends PassageFormatter {

    @Override
    public MatchedText format(Passage[] passages, String content) {
        List<MatchSpan> matches = new ArrayList<>();
        Map<BytesRef, String> terms = new HashMap<>();
        for (Passage passage : passages) {
            int[] starts = passage.getMatchStarts();
            int[] ends = passage.getMatchEnds();
            BytesRef[] matchTerms = passage.getMatchTerms();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                String term = terms.computeIfAbsent(matchTerms[i], BytesRef::utf8ToString);
                matches.add(new MatchSpan(starts[i], ends[i], term));
            }
        }
        return new MatchedText(content, matches);
    }
}
