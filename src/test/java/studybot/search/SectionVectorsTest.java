package studybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SectionVectorsTest {

    private static final int DIMENSIONS = 384;

    @Test
    void int8VectorsKeepTheExactTopTenOfTopicalPassages() {
        Random random = new Random(18);
        List<float[]> topics = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            topics.add(unit(gaussian(random)));
        }
        List<Passage> passages = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (int section = 0; section < 1_000; section++) {
            float[] topic = topics.get(section % topics.size());
            for (int p = 0; p < 4; p++) {
                passages.add(new Passage(section, p, "passage"));
                vectors.add(unit(mix(topic, gaussian(random), 0.4f + 0.6f * random.nextFloat())));
            }
        }
        List<float[]> queries = new ArrayList<>();
        for (int q = 0; q < 40; q++) {
            queries.add(unit(mix(topics.get(q), gaussian(random), 0.6f)));
        }

        assertThat(VectorRecall.recall(passages, vectors, queries)).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void aSectionScoresItsBestPassagePlusPartOfTheSecond() {
        float[] query = unit(new float[] {1, 0, 0, 0});
        List<Passage> passages =
                List.of(new Passage(0, 0, "a"), new Passage(0, 1, "b"), new Passage(0, 2, "c"), new Passage(1, 0, "d"));
        List<float[]> vectors = List.of(
                unit(new float[] {0.9f, 0.1f, 0, 0}),
                unit(new float[] {0, 1, 0, 0}),
                unit(new float[] {0.6f, 0.8f, 0, 0}),
                unit(new float[] {1, 0, 0, 0}));

        List<SectionMatch> nearest = new SectionVectors(passages, vectors).nearest(query, 2, -1f);

        assertThat(nearest).extracting(SectionMatch::section).containsExactly(0, 1);
        assertThat(nearest.get(0).passage().text()).isEqualTo("a");
        assertThat(nearest.get(0).score())
                .isCloseTo(0.994f + SectionVectors.SECOND_WEIGHT * 0.6f, Offset.offset(0.02f));
        assertThat(new SectionVectors(passages, vectors).nearest(query, 2, 0.999f))
                .extracting(SectionMatch::section)
                .containsExactly(1);
    }

    private static float[] gaussian(Random random) {
        float[] vector = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return unit(vector);
    }

    private static float[] mix(float[] topic, float[] noise, float noiseShare) {
        float[] mixed = new float[topic.length];
        for (int i = 0; i < topic.length; i++) {
            mixed[i] = topic[i] * (1 - noiseShare) + noise[i] * noiseShare;
        }
        return mixed;
    }

    private static float[] unit(float[] vector) {
        double length = 0;
        for (float component : vector) {
            length += component * component;
        }
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / Math.sqrt(length));
        }
        return unit;
    }
}
