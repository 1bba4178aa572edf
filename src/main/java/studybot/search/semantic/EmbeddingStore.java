package studybot.search.semantic;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import studybot.files.OwnerOnlyFolders;

/**
 * Passage vectors kept on disk in the data folder, keyed by a SHA-256 of the model's name and the passage's text: a
 * restart or a reload embeds only passages that are new or changed, and vectors of another model never mix in. One file
 * per model in each book's folder, rewritten whole (to a temporary file, then moved over) holding only the passages of
 * the book's latest edition, so it never grows with old editions. Nothing read back is trusted: an entry whose vector
 * has the wrong length, a value that is not finite, or is not unit length is dropped (and so embedded again), and a
 * file cut short keeps the entries before the cut. Thread-safe.
 */
public final class EmbeddingStore {

    private static final String MAGIC = "studybot-embeddings-1";
    /** How far a vector's squared length may be from 1 (the encoder writes unit vectors in float precision). */
    private static final double NORM_TOLERANCE = 1e-3;

    private final Path file;
    private final String model;
    private final int dimensions;
    private final Map<ByteBuffer, float[]> vectors = new ConcurrentHashMap<>();
    private int dropped;

    private EmbeddingStore(Path file, EncoderModel model) {
        this.file = file;
        this.model = model.name();
        this.dimensions = model.dimensions();
    }

    /** The file the vectors of {@code model} are kept in, in {@code folder}. */
    public static Path file(Path folder, EncoderModel model) {
        return folder.resolve(model.name() + ".vectors");
    }

    /**
     * The store of {@code model} in {@code folder}, with the sound entries an earlier run saved (none if the file is
     * absent or not a vector file).
     *
     * @throws IOException when the file is there but cannot be read (a folder in its place, no permission)
     */
    public static EmbeddingStore open(Path folder, EncoderModel model) throws IOException {
        EmbeddingStore store = new EmbeddingStore(file(folder, model), model);
        store.load();
        return store;
    }

    /** An empty store of {@code model} in {@code folder}, for when what is there cannot be read. */
    public static EmbeddingStore empty(Path folder, EncoderModel model) {
        return new EmbeddingStore(file(folder, model), model);
    }

    public Path file() {
        return file;
    }

    /** Entries of the file that were dropped as unsound when it was read. */
    public int dropped() {
        return dropped;
    }

    /** The key of a passage's text for this model. */
    public ByteBuffer key(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(model.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return ByteBuffer.wrap(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    public Optional<float[]> get(ByteBuffer key) {
        return Optional.ofNullable(vectors.get(key));
    }

    public void put(ByteBuffer key, float[] vector) {
        vectors.put(key, vector);
    }

    public int size() {
        return vectors.size();
    }

    /** Writes the vectors of {@code keep} (the passages of the book being served) and forgets the rest. */
    public synchronized void save(Collection<ByteBuffer> keep) throws IOException {
        vectors.keySet().retainAll(new HashSet<>(keep));
        OwnerOnlyFolders.create(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try {
            try (DataOutputStream out =
                    new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
                out.writeUTF(MAGIC);
                out.writeUTF(model);
                out.writeInt(vectors.size());
                for (Map.Entry<ByteBuffer, float[]> entry : vectors.entrySet()) {
                    out.write(entry.getKey().array());
                    float[] vector = entry.getValue();
                    out.writeInt(vector.length);
                    for (float value : vector) {
                        out.writeFloat(value);
                    }
                }
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private void load() throws IOException {
        int count = 0;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF()) || !model.equals(in.readUTF())) {
                return;
            }
            count = in.readInt();
            for (int i = 0; i < count; i++) {
                byte[] key = new byte[32];
                in.readFully(key);
                int length = in.readInt();
                if (length <= 0 || length > 4096) {
                    break;
                }
                float[] vector = new float[length];
                for (int d = 0; d < length; d++) {
                    vector[d] = in.readFloat();
                }
                if (sound(vector)) {
                    vectors.put(ByteBuffer.wrap(key), vector);
                }
            }
        } catch (NoSuchFileException e) {
            // first run: nothing cached yet
        } catch (EOFException | UTFDataFormatException e) {
            // cut short: the entries before the cut stand
        }
        dropped = Math.max(0, count - vectors.size());
    }

    private boolean sound(float[] vector) {
        if (vector.length != dimensions) {
            return false;
        }
        double squares = 0;
        for (float value : vector) {
            if (!Float.isFinite(value)) {
                return false;
            }
            squares += (double) value * value;
        }
        return Math.abs(squares - 1) <= NORM_TOLERANCE;
    }
}
