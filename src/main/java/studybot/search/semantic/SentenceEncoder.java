package studybot.search.semantic;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns text into a unit-length sentence vector with an ONNX model running in this process: WordPiece ids, the model,
 * the mean of its token vectors, normalised (so a dot product is the cosine). Any text is fine, blank or
 * zero-width-only included (it becomes just the model's start and end markers). Thread-safe: ONNX Runtime sessions may
 * run concurrently.
 */
public final class SentenceEncoder implements AutoCloseable {

    /** Longest input in tokens; a few sentences of prose are about 60 to 100. */
    static final int MAX_TOKENS = 256;
    /** Passages per model run: bigger batches barely speed up a CPU, and their attention buffers cost memory. */
    private static final int BATCH = 4;

    private final EncoderModel model;
    private final WordPieceTokenizer tokenizer;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final boolean takesTokenTypes;

    private SentenceEncoder(
            EncoderModel model, WordPieceTokenizer tokenizer, OrtEnvironment environment, OrtSession session) {
        this.model = model;
        this.tokenizer = tokenizer;
        this.environment = environment;
        this.session = session;
        this.takesTokenTypes = session.getInputNames().contains("token_type_ids");
    }

    /**
     * Loads the model from the classpath; ONNX Runtime's native library must be loaded ({@link OnnxNatives}).
     *
     * @param threads threads one inference may use
     */
    public static SentenceEncoder load(EncoderModel model, int threads) throws SemanticUnavailableException {
        WordPieceTokenizer tokenizer;
        byte[] onnx;
        try (InputStream vocabulary = resource(model.tokenizerResource());
                InputStream weights = resource(model.onnxResource())) {
            tokenizer = WordPieceTokenizer.fromJson(vocabulary);
            onnx = weights.readAllBytes();
        } catch (IOException e) {
            throw new SemanticUnavailableException("cannot read the model " + model.name() + ": " + e, e);
        }
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // inputs are small and vary in length: an arena and pre-planned buffers only hold on to memory
            options.setCPUArenaAllocator(false);
            options.setMemoryPatternOptimization(false);
            return new SentenceEncoder(model, tokenizer, environment, environment.createSession(onnx, options));
        } catch (OrtException | LinkageError e) {
            throw new SemanticUnavailableException("cannot start the model " + model.name() + ": " + e, e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SentenceEncoder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("not on the classpath: " + name);
        }
        return in;
    }

    public EncoderModel model() {
        return model;
    }

    /** The vector of a search query. */
    public float[] embedQuery(String text) {
        return embed(List.of(model.queryPrefix() + text)).get(0);
    }

    /**
     * The vectors of several search queries, in order, from one model run: about a quarter less CPU per question than a
     * run each, but on a quantised model each vector then depends slightly on the others in the run (see
     * {@link QueryBatcher}, which ships with one question a run).
     */
    public List<float[]> embedQueries(List<String> texts) {
        List<String> prefixed = new ArrayList<>(texts.size());
        for (String text : texts) {
            prefixed.add(model.queryPrefix() + text);
        }
        return texts.isEmpty() ? List.of() : embed(prefixed);
    }

    /** The vectors of passages of the book, in order. */
    public List<float[]> embedPassages(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<String> batch = new ArrayList<>();
            for (String text : texts.subList(from, Math.min(texts.size(), from + BATCH))) {
                batch.add(model.passagePrefix() + text);
            }
            vectors.addAll(embed(batch));
        }
        return vectors;
    }

    private List<float[]> embed(List<String> texts) {
        long[][] ids = new long[texts.size()][];
        int width = 0;
        for (int i = 0; i < texts.size(); i++) {
            ids[i] = tokenizer.ids(texts.get(i), MAX_TOKENS);
            width = Math.max(width, ids[i].length);
        }
        long[] flatIds = new long[texts.size() * width];
        long[] mask = new long[texts.size() * width];
        for (int i = 0; i < texts.size(); i++) {
            System.arraycopy(ids[i], 0, flatIds, i * width, ids[i].length);
            for (int j = 0; j < ids[i].length; j++) {
                mask[i * width + j] = 1;
            }
        }
        long[] shape = {texts.size(), width};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(flatIds), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
            if (takesTokenTypes) {
                inputs.put(
                        "token_type_ids",
                        OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[flatIds.length]), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] tokens = (float[][][]) result.get(0).getValue();
                List<float[]> vectors = new ArrayList<>(texts.size());
                for (int i = 0; i < texts.size(); i++) {
                    vectors.add(meanOfTokens(tokens[i], ids[i].length));
                }
                return vectors;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the model " + model.name() + " failed", e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static float[] meanOfTokens(float[][] tokens, int length) {
        float[] mean = new float[tokens[0].length];
        for (int t = 0; t < length; t++) {
            for (int d = 0; d < mean.length; d++) {
                mean[d] += tokens[t][d];
            }
        }
        double norm = 0;
        for (float value : mean) {
            norm += value * value;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < mean.length; d++) {
            mean[d] *= scale;
        }
        return mean;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("closing the model failed", e);
        }
    }
}
