package studybot.library;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the book in the seeds folder into one {@link Library}. A folder holding an EPUB, Markdown or HTML book
 * ({@link BookFiles}) is handed to the {@link BookImport}; one of several is chosen by name, with a warning naming the
 * others. Otherwise every {@code *.txt} under it is read, or refused with a message naming the file and line to fix: a
 * file or a book over the {@link SeedLimits} (checked before anything is read), bad UTF-8, a file without sections, a
 * section number used twice, no sections at all. Refusing whole is what lets a live reload keep serving the old book
 * when an edit goes wrong. Seed text has no metadata: its title comes from a file of its own ({@link #title}).
 */
public final class LibraryLoader {

    /** The book's own index in a seed folder: {@code term<TAB>section number} lines. */
    public static final String INDEX_FILE = "book-index.tsv";

    /**
     * The seed book's title in a seed folder: its first line that is not blank (not {@code .txt}: that is seed text).
     */
    public static final String TITLE_FILE = "book-title";

    private static final Logger LOG = LoggerFactory.getLogger(LibraryLoader.class);

    private final SeedParser parser;
    private final Clock clock;
    private final SeedLimits limits;
    private final Optional<BookImport> imports;

    /** A loader of seed text only, with the {@link SeedLimits#DEFAULT default} limits. */
    public LibraryLoader(SeedParser parser, Clock clock) {
        this(parser, clock, SeedLimits.DEFAULT);
    }

    /** A loader of seed text only. */
    public LibraryLoader(SeedParser parser, Clock clock, SeedLimits limits) {
        this.parser = parser;
        this.clock = clock;
        this.limits = limits;
        this.imports = Optional.empty();
    }

    /** A loader of seed text and of the books {@code imports} reads. */
    public LibraryLoader(SeedParser parser, Clock clock, SeedLimits limits, BookImport imports) {
        this.parser = parser;
        this.clock = clock;
        this.limits = limits;
        this.imports = Optional.of(imports);
    }

    public Library load(Path seedsFolder) throws LibraryException {
        if (imports.isPresent()) {
            List<Path> books = BookFiles.in(seedsFolder, imports.get());
            if (!books.isEmpty()) {
                if (books.size() > 1) {
                    LOG.warn(
                            "The seeds folder {} holds {} books; serving {} (the first by name), not {}",
                            seedsFolder,
                            books.size(),
                            books.get(0).getFileName(),
                            books.subList(1, books.size()));
                }
                return imports.get().load(books.get(0));
            }
        }
        return loadSeedText(seedsFolder);
    }

    private Library loadSeedText(Path seedsFolder) throws LibraryException {
        List<Path> files = seedFiles(seedsFolder);
        checkSizes(seedsFolder, files);
        List<Section> sections = new ArrayList<>();
        Map<SectionNumber, Section> seen = new HashMap<>();
        for (Path file : files) {
            List<Section> parsed = parser.parse(file, read(file));
            if (parsed.isEmpty()) {
                throw new LibraryException("seedNoSections", Map.of("file", file));
            }
            for (Section section : parsed) {
                Section earlier = seen.putIfAbsent(section.number(), section);
                if (earlier != null) {
                    throw new LibraryException(
                            "seedDuplicate",
                            Map.of(
                                    "origin",
                                    section.origin(),
                                    "number",
                                    section.number(),
                                    "earlier",
                                    earlier.origin()));
                }
                sections.add(section);
            }
        }
        if (sections.isEmpty()) {
            throw new LibraryException("seedsNoFiles", Map.of("folder", seedsFolder));
        }
        return new Library(sections, clock.instant())
                .withIndex(bookIndex(seedsFolder))
                .withLanguageFromText();
    }

    /**
     * The title of the seed text book in {@code seedsFolder}, which has no other metadata: {@value #TITLE_FILE} beside
     * the seed text when the operator wrote one, else the first seed file's name made readable
     * ({@code aws-and-python-data-stores.txt}: "Aws and python data stores"). Never the folder's name: that says where
     * the book is kept, not what it is.
     */
    public String title(Path seedsFolder) throws LibraryException {
        Path file = seedsFolder.resolve(TITLE_FILE);
        if (Files.isRegularFile(file)) {
            long size = sizeOf(file);
            if (size > limits.maxFileBytes()) {
                throw LibraryException.tooBig("titleTooBig", file, size, limits.maxFileBytes());
            }
            Optional<String> line = read(file)
                    .lines()
                    .map(String::strip)
                    .filter(text -> !text.isEmpty())
                    .findFirst();
            if (line.isPresent()) {
                return line.get();
            }
        }
        List<Path> files = seedFiles(seedsFolder);
        if (files.isEmpty()) {
            throw new LibraryException("seedsNoFiles", Map.of("folder", seedsFolder));
        }
        return readableName(files.get(0));
    }

    /** {@code file}'s name without {@code .txt}, dashes and underscores as spaces, its first letter upper-case. */
    private static String readableName(Path file) {
        String name = file.getFileName().toString();
        String words =
                name.replaceFirst("\\.txt$", "").replaceAll("[-_\\s]+", " ").strip();
        if (words.isEmpty()) {
            return name;
        }
        int first = words.offsetByCodePoints(0, 1);
        return words.substring(0, first).toUpperCase(Locale.ROOT) + words.substring(first);
    }

    /** The book's own index, {@value #INDEX_FILE} beside the seed text, if the folder has one. */
    private BookIndex bookIndex(Path seedsFolder) throws LibraryException {
        Path file = seedsFolder.resolve(INDEX_FILE);
        if (!Files.isRegularFile(file)) {
            return BookIndex.EMPTY;
        }
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw LibraryException.tooBig("indexTooBig", file, size, limits.maxFileBytes());
            }
            return BookIndex.parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw LibraryException.cannotRead(file, e);
        } catch (IllegalArgumentException e) {
            throw new LibraryException("withReason", Map.of("file", file, "reason", String.valueOf(e.getMessage())));
        }
    }

    private void checkSizes(Path seedsFolder, List<Path> files) throws LibraryException {
        long total = 0;
        for (Path file : files) {
            long size = sizeOf(file);
            if (size > limits.maxFileBytes()) {
                throw LibraryException.tooBig("seedTooBig", file, size, limits.maxFileBytes());
            }
            total += size;
        }
        if (total > limits.maxTotalBytes()) {
            throw new LibraryException(
                    "seedsTooBig",
                    Map.of(
                            "folder",
                            seedsFolder,
                            "size",
                            String.valueOf(total),
                            "files",
                            String.valueOf(files.size()),
                            "limit",
                            String.valueOf(limits.maxTotalBytes())));
        }
    }

    private static long sizeOf(Path file) throws LibraryException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw LibraryException.cannotRead(file, e);
        }
    }

    private static List<Path> seedFiles(Path folder) throws LibraryException {
        if (!Files.isDirectory(folder)) {
            throw new LibraryException("noSeedsFolder", Map.of("folder", folder));
        }
        // a deployment may link the name to a release (seeds -> releases/v1/seeds): walk the folder it names, and
        // name its files under the configured path
        try {
            Path target = folder.toRealPath();
            try (Stream<Path> walk = Files.walk(target)) {
                return walk.filter(Files::isRegularFile)
                        .filter(path -> path.getFileName().toString().endsWith(".txt"))
                        .map(path -> folder.resolve(target.relativize(path)))
                        .sorted()
                        .toList();
            }
        } catch (IOException e) {
            throw new LibraryException(
                    "cannotListSeeds", Map.of("folder", folder, "reason", String.valueOf(e.getMessage())));
        }
    }

    private static String read(Path file) throws LibraryException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw LibraryException.cannotRead(file, e);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new LibraryException(
                    "notUtf8", Map.of("file", file, "line", String.valueOf(lineAt(bytes, in.position()))));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
