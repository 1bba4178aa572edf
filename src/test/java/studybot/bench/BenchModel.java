package studybot.bench;

import studybot.search.SharedModel;
import studybot.search.semantic.EncoderModel;
import studybot.search.semantic.SentenceEncoder;

/** The shipped model for benchmarks, loaded once per JVM. */
final class BenchModel {

    private BenchModel() {}

    static SentenceEncoder encoder() {
        return SharedModel.encoder(EncoderModel.MINILM_L6_V2_Q);
    }
}
