package studybot.search.semantic;

/**
 * A sentence-embedding model that a dependency ships on the classpath: its ONNX file, its tokenizer and how it wants
 * its inputs. The name keys the on-disk embedding cache, so vectors of two models never mix.
 *
 * @param name the model's name, as the cache and {@code /stats} show it
 * @param onnxResource classpath resource of the ONNX model
 * @param tokenizerResource classpath resource of its {@code tokenizer.json}
 * @param queryPrefix put before a query (e5 models were trained with {@code "query: "})
 * @param passagePrefix put before a passage ({@code "passage: "} for e5)
 * @param dimensions the length of its vectors: a cached vector of another length is not one of its own
 * @param minimumSimilarity the cosine below which a passage is not about the query at all, chosen on the labelled set
 *     (see the README): above every off-topic query's best passage, below nearly every right answer's
 */
public record EncoderModel(
        String name,
        String onnxResource,
        String tokenizerResource,
        String queryPrefix,
        String passagePrefix,
        int dimensions,
        float minimumSimilarity) {

    /** all-MiniLM-L6-v2, int8-quantised: 23 MB, 384 dimensions. The one studybot ships (see the README). */
    public static final EncoderModel MINILM_L6_V2_Q = new EncoderModel(
            "all-minilm-l6-v2-q", "/all-minilm-l6-v2-q.onnx", "/all-minilm-l6-v2-q-tokenizer.json", "", "", 384, 0.22f);

    /** e5-small-v2, int8-quantised: 34 MB, 384 dimensions; compared on the labelled set, not shipped. */
    public static final EncoderModel E5_SMALL_V2_Q = new EncoderModel(
            "e5-small-v2-q", "/e5-small-v2-q.onnx", "/e5-small-v2-q-tokenizer.json", "query: ", "passage: ", 384, 0.8f);
}
