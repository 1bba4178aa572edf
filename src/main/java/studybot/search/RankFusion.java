package studybot.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion of the keyword ranking (BM25) and the meaning ranking (vectors): a section scores {@code 1 /
 * (k + rank)} in each list it is in, summed. Ranks, not scores, are fused, because BM25 scores and cosines are on
 * unrelated scales; a section that both retrievers like beats one that only one of them loves. A keyword vote may carry
 * a weight below 1 (see {@link #coverageWeight}). Ties keep the keyword order, then the vector order.
 */
final class RankFusion {

    /**
     * Smaller than the usual 60: the top of each list matters most. With 60 a section ranked 1st by one retriever and
     * absent from the other loses to one ranked 10th by both; on real manuals the right section is usually near the top
     * of at least one list (the prototype measured on a real manual found 10 better).
     */
    static final int K = 10;

    private RankFusion() {}

    /**
     * @param keyword sections (ordinals) best first, as BM25 ranked them
     * @param meaning sections (ordinals) best first, as the vectors ranked them
     * @return the fused sections, best first, at most {@code limit}
     */
    static List<Fused> fuse(List<Integer> keyword, List<Integer> meaning, int limit) {
        return fuse(keyword, keyword.stream().map(section -> 1.0).toList(), meaning, limit);
    }

    /**
     * How much a keyword vote counts when its passage holds {@code coverage} of the question's words: the square, so a
     * passage with all of them counts fully, half of them a quarter, one word of six hardly at all. In a book where
     * every section says "cache", BM25's rank for a question that shares only that word with them is noise, and it used
     * to outvote the meaning ranking (measured on the seed's questions: 69% right first unweighted, 87% weighted; on
     * the fitting manual 55% and 49%).
     */
    static double coverageWeight(float coverage) {
        return (double) coverage * coverage;
    }

    /** @param weights one per keyword section, 0 to 1: how much its vote counts */
    static List<Fused> fuse(List<Integer> keyword, List<Double> weights, List<Integer> meaning, int limit) {
        Map<Integer, Fused> bySection = new HashMap<>();
        for (int rank = 0; rank < keyword.size(); rank++) {
            int section = keyword.get(rank);
            bySection.put(section, new Fused(section, weights.get(rank) / (K + rank + 1), rank, Integer.MAX_VALUE));
        }
        for (int rank = 0; rank < meaning.size(); rank++) {
            int section = meaning.get(rank);
            double score = 1.0 / (K + rank + 1);
            Fused known = bySection.get(section);
            bySection.put(
                    section,
                    known == null
                            ? new Fused(section, score, Integer.MAX_VALUE, rank)
                            : new Fused(section, known.score + score, known.keywordRank, rank));
        }
        List<Fused> fused = new ArrayList<>(bySection.values());
        fused.sort(Comparator.comparingDouble(Fused::score)
                .reversed()
                .thenComparingInt(Fused::keywordRank)
                .thenComparingInt(Fused::meaningRank));
        return fused.size() > limit ? List.copyOf(fused.subList(0, limit)) : List.copyOf(fused);
    }

    /** A section's fused score and its 0-based rank in each list ({@link Integer#MAX_VALUE} if absent). */
    record Fused(int section, double score, int keywordRank, int meaningRank) {

        boolean foundByKeyword() {
            return keywordRank != Integer.MAX_VALUE;
        }
    }
}
