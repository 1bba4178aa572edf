package studybot.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Hands the highlighter's findings over as data instead of formatted text: with the whole field as one passage,
 * Lucene supplies the match offsets (stemmed matches included, from the postings) and {@link ExcerptWriter}
 * chooses the passage. Stateless, so one instance serves every thread.
 */
final class MatchCollector extends PassageFormatter {

    @Override
    public MatchedText format(Passage[] passages, String content) {
        List<MatchSpan> matches = new ArrayList<>();
        for (Passage passage : passages) {
            int[] starts = passage.getMatchStarts();
            int[] ends = passage.getMatchEnds();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                matches.add(new MatchSpan(starts[i], ends[i], passage.getMatchTerms()[i].utf8ToString()));
            }
        }
        return new MatchedText(content, matches);
    }
}
