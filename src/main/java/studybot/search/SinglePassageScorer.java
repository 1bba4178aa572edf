package studybot.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;

/**
 * Scores the one passage each field has as a whole. There is nothing to rank between passages, and the default scorer
 * allocates a 32 KB term hash for every passage it scores, which made it the biggest cost of a search.
 */
final class SinglePassageScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        return passage.getNumMatches();
    }
}
