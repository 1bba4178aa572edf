package studybot.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The embedded passages of one library, searched by brute force: every passage's unit vector in one flat array,
 * a dot product each (the cosine, since all are unit length), a section scoring by its best passage. At 10,000
 * sections that is a few milliseconds, needs no graph to build or persist, and is exact. Immutable, thread-safe.
 */
final class SectionVectors {

    private final List<Passage> passages;
    private final float[] vectors;
    private final int dimensions;
    private final int sections;

    /** @param vectors one unit vector per passage, in the same order */
    SectionVectors(List<Passage> passages, List<float[]> vectors, int sections) {
        if (passages.size() != vectors.size()) {
            throw new IllegalArgumentException(passages.size() + " passages, " + vectors.size() + " vectors");
        }
        this.passages = List.copyOf(passages);
        this.dimensions = vectors.isEmpty() ? 0 : vectors.get(0).length;
        this.vectors = new float[passages.size() * dimensions];
        for (int i = 0; i < vectors.size(); i++) {
            System.arraycopy(vectors.get(i), 0, this.vectors, i * dimensions, dimensions);
        }
        this.sections = sections;
    }

    int passageCount() {
        return passages.size();
    }

    /**
     * The {@code limit} sections most similar to the query, best first, each with its best passage; only sections
     * at least {@code minimum} similar.
     */
    List<VectorHit> nearest(float[] query, int limit, float minimum) {
        if (query.length != dimensions) {
            return List.of();
        }
        float[] bestScore = new float[sections];
        int[] bestPassage = new int[sections];
        Arrays.fill(bestScore, Float.NEGATIVE_INFINITY);
        for (int p = 0, n = passages.size(); p < n; p++) {
            float score = dot(query, vectors, p * dimensions, dimensions);
            int section = passages.get(p).section();
            if (score > bestScore[section]) {
                bestScore[section] = score;
                bestPassage[section] = p;
            }
        }
        List<VectorHit> top = new ArrayList<>(limit + 1);
        for (int section = 0; section < sections; section++) {
            float score = bestScore[section];
            if (score < minimum || (top.size() == limit && score <= top.get(limit - 1).similarity())) {
                continue;
            }
            int at = top.size();
            while (at > 0 && top.get(at - 1).similarity() < score) {
                at--;
            }
            top.add(at, new VectorHit(section, passages.get(bestPassage[section]), score));
            if (top.size() > limit) {
                top.remove(limit);
            }
        }
        return top;
    }

    /** Four running sums, so the JIT can overlap the multiply-adds. */
    private static float dot(float[] query, float[] all, int offset, int length) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < length; i += 4) {
            s0 += query[i] * all[offset + i];
            s1 += query[i + 1] * all[offset + i + 1];
            s2 += query[i + 2] * all[offset + i + 2];
            s3 += query[i + 3] * all[offset + i + 3];
        }
        for (; i < length; i++) {
            s0 += query[i] * all[offset + i];
        }
        return s0 + s1 + s2 + s3;
    }

    /** A section found by meaning: its best passage and how similar that is to the query (cosine, -1 to 1). */
    record VectorHit(int section, Passage passage, float similarity) {
    }
}
