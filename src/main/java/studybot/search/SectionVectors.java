package studybot.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The embedded passages of one library, searched by brute force over int8 vectors: each passage's unit vector is scaled
 * to its largest component and rounded to whole numbers from -127 to 127, held in one int array, because Java 17's JIT
 * turns a multiply-add loop over ints into SIMD instructions but not one over bytes nor, since float sums must keep
 * their order, one over floats: at 25,000 passages the int scan takes about 2 ms, the byte scan 10-20. The cosines it
 * gives keep the exact scan's top 10 (measured in SectionVectorsTest). A section scores its best passage's cosine plus
 * {@value #SECOND_WEIGHT} of its second best: a section that speaks of the topic twice beats one that touches it once.
 * Needs no graph to build or persist. Immutable, thread-safe.
 */
final class SectionVectors {

    /**
     * How much a section's second-best passage adds to its best: 0.75 put 3 more questions right first and lost 1
     * against 0.5, over the 224 questions of the fit sets (docs/design/search.md, "Third round"); 0 lost 5.
     */
    static final float SECOND_WEIGHT = 0.75f;

    private final List<Passage> passages;
    private final int[] codes;
    private final float[] scales;
    private final int[] sectionOf;
    private final int dimensions;

    /** @param vectors one unit vector per passage, in the same order; passages in library order */
    SectionVectors(List<Passage> passages, List<float[]> vectors) {
        if (passages.size() != vectors.size()) {
            throw new IllegalArgumentException(passages.size() + " passages, " + vectors.size() + " vectors");
        }
        this.passages = List.copyOf(passages);
        this.dimensions = vectors.isEmpty() ? 0 : vectors.get(0).length;
        this.codes = new int[passages.size() * dimensions];
        this.scales = new float[passages.size()];
        this.sectionOf = new int[passages.size()];
        for (int i = 0; i < vectors.size(); i++) {
            scales[i] = quantise(vectors.get(i), codes, i * dimensions);
            sectionOf[i] = passages.get(i).section();
        }
    }

    int passageCount() {
        return passages.size();
    }

    /**
     * The {@code limit} sections most similar to the query, best first, each with its best passage; only sections whose
     * best passage is at least {@code minimum} similar.
     */
    List<SectionMatch> nearest(float[] query, int limit, float minimum) {
        if (query.length != dimensions || passages.isEmpty()) {
            return List.of();
        }
        int[] code = new int[dimensions];
        float queryScale = quantise(query, code, 0);
        List<SectionMatch> top = new ArrayList<>(limit + 1);
        int section = sectionOf[0];
        float best = Float.NEGATIVE_INFINITY;
        float second = Float.NEGATIVE_INFINITY;
        int bestPassage = 0;
        for (int p = 0, n = passages.size(); p < n; p++) {
            int of = sectionOf[p];
            if (of != section) {
                offer(top, limit, section, best, second, bestPassage, minimum);
                section = of;
                best = Float.NEGATIVE_INFINITY;
                second = Float.NEGATIVE_INFINITY;
            }
            float score = dot(code, codes, p * dimensions, dimensions) * queryScale * scales[p];
            if (score > best) {
                second = best;
                best = score;
                bestPassage = p;
            } else if (score > second) {
                second = score;
            }
        }
        offer(top, limit, section, best, second, bestPassage, minimum);
        return top;
    }

    private void offer(
            List<SectionMatch> top, int limit, int section, float best, float second, int bestPassage, float minimum) {
        if (best < minimum) {
            return;
        }
        float score = second == Float.NEGATIVE_INFINITY ? best : best + SECOND_WEIGHT * second;
        if (top.size() == limit && score <= top.get(limit - 1).score()) {
            return;
        }
        int at = top.size();
        while (at > 0 && top.get(at - 1).score() < score) {
            at--;
        }
        top.add(at, new SectionMatch(section, passages.get(bestPassage), score));
        if (top.size() > limit) {
            top.remove(limit);
        }
    }

    /** Writes the vector as whole numbers, its largest component ±127; returns the factor back to floats. */
    private static float quantise(float[] vector, int[] into, int offset) {
        float largest = 0;
        for (float component : vector) {
            largest = Math.max(largest, Math.abs(component));
        }
        if (largest == 0) {
            return 0;
        }
        float scale = 127f / largest;
        for (int i = 0; i < vector.length; i++) {
            into[offset + i] = Math.round(vector[i] * scale);
        }
        return largest / 127f;
    }

    /** One running sum over ints: the loop shape the JIT vectorises. */
    private static int dot(int[] query, int[] all, int offset, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += query[i] * all[offset + i];
        }
        return sum;
    }
}
