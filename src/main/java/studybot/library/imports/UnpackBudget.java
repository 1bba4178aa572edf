package studybot.library.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import studybot.library.LibraryException;

/**
 * What one zip may still unpack to, spent as its entries are copied. The zip's headers can lie about sizes, so every
 * reader of zips (EPUBs, uploaded books) copies through this counter, which stops at the entry and total limits after
 * at most a limit's worth of bytes, whatever a zip bomb claims. One budget per zip; not for use by several threads.
 */
public final class UnpackBudget {

    private final ImportLimits limits;
    private final String where;
    private long unpacked;

    /**
     * @param limits the entry and total limits
     * @param where what the refusals name the zip as, for example the book's path followed by ": ", or empty text
     */
    public UnpackBudget(ImportLimits limits, String where) {
        this.limits = limits;
        this.where = where;
    }

    /** Copies the entry {@code name} from {@code in} to {@code out}; returns its size, or refuses it over a limit. */
    public long copy(String name, InputStream in, OutputStream out) throws IOException, LibraryException {
        byte[] buffer = new byte[16_384];
        long size = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            size += n;
            unpacked += n;
            if (size > limits.maxEntryBytes()) {
                throw new LibraryException(
                        "zipEntryBomb",
                        Map.of("where", where, "name", name, "limit", String.valueOf(limits.maxEntryBytes())));
            }
            if (unpacked > limits.maxUnpackedBytes()) {
                throw new LibraryException(
                        "zipBomb", Map.of("where", where, "limit", String.valueOf(limits.maxUnpackedBytes())));
            }
            out.write(buffer, 0, n);
        }
        return size;
    }
}
