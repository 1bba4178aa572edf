package studybot.library.snapshot;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32C;
import studybot.library.Block;
import studybot.library.BookLanguage;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.SourceLine;
import studybot.library.TextLanguage;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.ImportedBook;
import studybot.library.imports.LoadReport;
import studybot.library.imports.Renumbered;
import studybot.library.imports.Skipped;

/**
 * The snapshot file's layout: a magic word and {@link #VERSION}, the key it was kept under, the reading in a compact
 * binary form (lengths before contents, strings as UTF-8), and a CRC-32C of all that. Plain {@code DataOutputStream}
 * and a byte buffer rather than Jackson: a fresh JVM decodes it without loading a parser, which is the point of it.
 *
 * <p>Decoding trusts nothing: every count and length is checked against the bytes left (so a forged length cannot make
 * it allocate more than the file holds), the text against the import's limit, numbers and kinds against what a book may
 * hold, and the checksum against the rest. Any failure is an {@link UnusableSnapshot}, never a wrong book.
 */
public final class SnapshotCodec {

    /**
     * The layout's version, part of every key: bump it when the layout or what a reading holds changes (a new field of
     * {@link Section}, {@link Block}, {@link LoadReport} or {@link Library}), so older snapshots are read again from
     * their files instead of decoded wrongly. Changes to the readers themselves need no bump: {@link ImporterBuild}
     * sees them.
     */
    public static final int VERSION = 5;

    private static final byte[] MAGIC = "studybot-book-read".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_BYTES = 64;
    private static final char STRING = 'S';
    private static final char INT = 'I';
    private static final char LONG = 'L';
    private static final char DOUBLE = 'D';
    private static final String SKIPPED_KEY = "skipped.";

    private SnapshotCodec() {}

    /**
     * The most bytes a snapshot read within {@code limits} may take: the text at up to three UTF-8 bytes a character,
     * and as much again for headings, origins and the report.
     */
    public static long maxBytes(ImportLimits limits) {
        return 4 * limits.maxTextChars() + 4096;
    }

    /**
     * The snapshot of {@code reading} under {@code key}.
     *
     * @throws IllegalArgumentException when the reading holds what a snapshot cannot (a book index, which only seed
     *     text has, or a skipped part's argument that is not a string or a number)
     */
    public static byte[] encode(SnapshotKey key, ReadingSnapshot reading) {
        Library library = reading.library();
        if (library.index().sections() > 0) {
            throw new IllegalArgumentException("a book with an index of its own is seed text, which is not kept");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(VERSION);
            out.write(key.hex().getBytes(StandardCharsets.US_ASCII));
            string(out, reading.id());
            string(out, reading.title());
            string(out, reading.author());
            string(out, library.summary().format());
            string(out, library.language().code());
            Optional<TextLanguage> fromText = library.languageFromText();
            out.writeBoolean(fromText.isPresent());
            if (fromText.isPresent()) {
                out.writeInt(fromText.get().words());
                out.writeInt(fromText.get().englishStopWords());
                string(out, fromText.get().other().code());
                out.writeInt(fromText.get().otherMarks());
                out.writeDouble(fromText.get().otherSplitMarks());
                out.writeDouble(fromText.get().runnerUpSplitMarks());
                out.writeInt(fromText.get().otherExclusiveMarks());
                out.writeInt(fromText.get().runnerUpExclusiveMarks());
            }
            out.writeInt(library.chapterTitles().size());
            for (Map.Entry<Integer, String> chapter : new TreeMap<>(library.chapterTitles()).entrySet()) {
                out.writeInt(chapter.getKey());
                string(out, chapter.getValue());
            }
            List<Section> sections = library.sections();
            out.writeInt(sections.size());
            for (Section section : sections) {
                section(out, section);
            }
            report(out, reading.report());
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array cannot fail to take bytes", e);
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes.toByteArray());
        int sum = (int) crc.getValue();
        bytes.write(sum >>> 24);
        bytes.write(sum >>> 16);
        bytes.write(sum >>> 8);
        bytes.write(sum);
        return bytes.toByteArray();
    }

    /**
     * The reading kept in {@code file} if it was kept under {@code key}; its library loaded at {@code now}.
     *
     * @throws UnusableSnapshot when it is of another version or key, cut short, corrupt, or beyond {@code limits}; its
     *     checksum is checked before its key, so a damaged file is told as damaged whatever key it was kept under
     */
    public static ReadingSnapshot decode(byte[] file, SnapshotKey key, ImportLimits limits, Instant now)
            throws UnusableSnapshot {
        if (file.length > maxBytes(limits)) {
            throw new UnusableSnapshot("it is larger than a book read within the import limits");
        }
        try {
            Cursor in = new Cursor(ByteBuffer.wrap(file, 0, Math.max(0, file.length - 4)));
            byte[] magic = in.bytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new UnusableSnapshot("it is not a snapshot of a book");
            }
            int version = in.buffer.getInt();
            if (version != VERSION) {
                throw new UnusableSnapshot("it has layout version " + version + ", not " + VERSION);
            }
            CRC32C crc = new CRC32C();
            crc.update(file, 0, file.length - 4);
            if ((int) crc.getValue()
                    != ByteBuffer.wrap(file, file.length - 4, 4).getInt()) {
                throw UnusableSnapshot.damaged("cut short or corrupt: its checksum does not match");
            }
            if (!key.hex().equals(new String(in.bytes(KEY_BYTES), StandardCharsets.US_ASCII))) {
                throw new UnusableSnapshot("the book's files, its settings or studybot changed since it was kept");
            }
            return reading(in, limits, now);
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw UnusableSnapshot.damaged("it is cut short");
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnusableSnapshot("it holds what no book does: " + e.getMessage());
        }
    }

    private static ReadingSnapshot reading(Cursor in, ImportLimits limits, Instant now) throws UnusableSnapshot {
        String id = in.string();
        String title = in.string();
        String author = in.string();
        String format = in.string();
        BookLanguage language = new BookLanguage(in.string());
        Optional<TextLanguage> fromText = in.buffer.get() != 0
                ? Optional.of(new TextLanguage(
                        in.buffer.getInt(),
                        in.buffer.getInt(),
                        new BookLanguage(in.string()),
                        in.buffer.getInt(),
                        in.buffer.getDouble(),
                        in.buffer.getDouble(),
                        in.buffer.getInt(),
                        in.buffer.getInt()))
                : Optional.empty();
        int chapterCount = in.count();
        Map<Integer, String> chapterTitles = new HashMap<>();
        for (int i = 0; i < chapterCount; i++) {
            chapterTitles.put(in.buffer.getInt(), in.string());
        }
        int sectionCount = in.count();
        List<Section> sections = new ArrayList<>(sectionCount);
        long text = 0;
        for (int i = 0; i < sectionCount; i++) {
            Section section = section(in);
            for (Block block : section.blocks()) {
                text += block.text().length();
            }
            if (text > limits.maxTextChars()) {
                throw new UnusableSnapshot("it holds more text than the import limits allow");
            }
            sections.add(section);
        }
        LoadReport report = report(in);
        if (in.buffer.hasRemaining()) {
            throw new UnusableSnapshot("it has bytes after the book");
        }
        Library read = new Library(sections, chapterTitles, now).withSummary(report.summary(format));
        Library library = fromText.map(read::withLanguageToldBy).orElseGet(() -> read.withLanguage(language));
        return new ReadingSnapshot(id, title, author, library, report);
    }

    private static void section(DataOutputStream out, Section section) throws IOException {
        List<Integer> parts = section.number().parts();
        out.writeByte(parts.size());
        for (int part : parts) {
            out.writeInt(part);
        }
        string(out, section.title());
        string(out, section.origin().file());
        out.writeInt(section.origin().line());
        out.writeInt(section.blocks().size());
        for (Block block : section.blocks()) {
            out.writeByte(block.kind().ordinal());
            string(out, block.text());
        }
    }

    private static Section section(Cursor in) throws UnusableSnapshot {
        int depth = in.buffer.get();
        if (depth < 2 || depth > SectionNumber.MAX_DEPTH) {
            throw new UnusableSnapshot("a section number has " + depth + " parts");
        }
        int[] parts = new int[depth];
        for (int i = 0; i < depth; i++) {
            parts[i] = in.buffer.getInt();
        }
        String title = in.string();
        SourceLine origin = new SourceLine(in.string(), in.buffer.getInt());
        int blockCount = in.count();
        List<Block> blocks = new ArrayList<>(blockCount);
        Block.Kind[] kinds = Block.Kind.values();
        for (int i = 0; i < blockCount; i++) {
            int kind = in.buffer.get();
            if (kind < 0 || kind >= kinds.length) {
                throw new UnusableSnapshot("a block is of kind " + kind);
            }
            blocks.add(new Block(kinds[kind], in.string()));
        }
        return Section.ofBlocks(SectionNumber.of(parts), title, blocks, origin);
    }

    private static void report(DataOutputStream out, LoadReport report) throws IOException {
        string(out, report.source());
        string(out, report.title());
        string(out, report.author());
        out.writeInt(report.sectionsByDepth().size());
        for (Map.Entry<Integer, Integer> level : report.sectionsByDepth().entrySet()) {
            out.writeInt(level.getKey());
            out.writeInt(level.getValue());
        }
        out.writeLong(report.words());
        out.writeInt(report.codeBlocks());
        out.writeInt(report.tables());
        out.writeInt(report.images());
        out.writeInt(report.skipped().size());
        for (Skipped part : report.skipped()) {
            skipped(out, part);
        }
        out.writeInt(report.renumbered().size());
        for (Renumbered heading : report.renumbered()) {
            string(out, heading.heading());
            string(out, heading.number());
            out.writeByte(heading.order().ordinal());
        }
        out.writeDouble(report.keptShare());
    }

    private static LoadReport report(Cursor in) throws UnusableSnapshot {
        String source = in.string();
        String title = in.string();
        String author = in.string();
        int levels = in.count();
        SortedMap<Integer, Integer> byDepth = new TreeMap<>();
        for (int i = 0; i < levels; i++) {
            byDepth.put(in.buffer.getInt(), in.buffer.getInt());
        }
        long words = in.buffer.getLong();
        int code = in.buffer.getInt();
        int tables = in.buffer.getInt();
        int images = in.buffer.getInt();
        int skippedCount = in.count();
        List<Skipped> skipped = new ArrayList<>(skippedCount);
        for (int i = 0; i < skippedCount; i++) {
            skipped.add(skipped(in));
        }
        int renumberedCount = in.count();
        List<Renumbered> renumbered = new ArrayList<>(renumberedCount);
        for (int i = 0; i < renumberedCount; i++) {
            renumbered.add(new Renumbered(in.string(), in.string(), order(in.buffer.get())));
        }
        double keptShare = in.buffer.getDouble();
        if (!(keptShare >= 0 && keptShare <= 1)) {
            throw new UnusableSnapshot("its kept share is " + keptShare);
        }
        return new LoadReport(
                source, title, author, byDepth, words, code, tables, images, skipped, renumbered, keptShare);
    }

    private static ImportedBook.Order order(byte ordinal) throws UnusableSnapshot {
        ImportedBook.Order[] orders = ImportedBook.Order.values();
        if (ordinal < 0 || ordinal >= orders.length) {
            throw new UnusableSnapshot("a renumbered heading's order is " + ordinal);
        }
        return orders[ordinal];
    }

    private static void skipped(DataOutputStream out, Skipped part) throws IOException {
        String key = part.reason().key();
        if (!key.startsWith(SKIPPED_KEY)) {
            throw new IllegalArgumentException("a skipped part's reason is not one of the library's: " + key);
        }
        string(out, part.kind());
        string(out, key.substring(SKIPPED_KEY.length()));
        string(out, part.location());
        out.writeInt(part.reason().arguments().size());
        for (Map.Entry<String, ?> argument :
                new TreeMap<String, Object>(part.reason().arguments()).entrySet()) {
            string(out, argument.getKey());
            Object value = argument.getValue();
            if (value instanceof String text) {
                out.writeByte(STRING);
                string(out, text);
            } else if (value instanceof Integer number) {
                out.writeByte(INT);
                out.writeInt(number);
            } else if (value instanceof Long number) {
                out.writeByte(LONG);
                out.writeLong(number);
            } else if (value instanceof Double number) {
                out.writeByte(DOUBLE);
                out.writeDouble(number);
            } else {
                throw new IllegalArgumentException("a skipped part's argument " + argument.getKey() + " is a "
                        + (value == null ? "null" : value.getClass().getSimpleName()));
            }
        }
    }

    private static Skipped skipped(Cursor in) throws UnusableSnapshot {
        String kind = in.string();
        String why = in.string();
        String location = in.string();
        int count = in.count();
        Map<String, Object> arguments = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String name = in.string();
            char tag = (char) in.buffer.get();
            Object value = switch (tag) {
                case STRING -> in.string();
                case INT -> in.buffer.getInt();
                case LONG -> in.buffer.getLong();
                case DOUBLE -> in.buffer.getDouble();
                default -> throw new UnusableSnapshot("an argument is of type " + (int) tag);
            };
            arguments.put(name, value);
        }
        return Skipped.of(kind, why, arguments, location);
    }

    private static void string(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** Reads the snapshot's values, each count and length checked against the bytes left before it is used. */
    private static final class Cursor {

        private final ByteBuffer buffer;

        Cursor(ByteBuffer buffer) {
            this.buffer = buffer;
        }

        /** A count of things each taking at least a byte: never more than the bytes left. */
        int count() throws UnusableSnapshot {
            int count = buffer.getInt();
            if (count < 0 || count > buffer.remaining()) {
                throw new UnusableSnapshot("it counts " + count + " items with " + buffer.remaining() + " bytes left");
            }
            return count;
        }

        byte[] bytes(int length) {
            byte[] bytes = new byte[length];
            buffer.get(bytes);
            return bytes;
        }

        String string() throws UnusableSnapshot {
            int length = count();
            String text = new String(
                    buffer.array(), buffer.arrayOffset() + buffer.position(), length, StandardCharsets.UTF_8);
            buffer.position(buffer.position() + length);
            return text;
        }
    }
}
