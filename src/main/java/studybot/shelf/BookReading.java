package studybot.shelf;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.library.BookLanguage;
import studybot.library.Library;
import studybot.library.LibraryException;
import studybot.library.LibraryLoader;
import studybot.library.imports.AssembledBook;
import studybot.library.imports.BookImporter;
import studybot.library.imports.ImportedBook;
import studybot.library.imports.LoadReport;
import studybot.library.snapshot.BookSnapshots;
import studybot.library.snapshot.ReadingSnapshot;
import studybot.library.snapshot.SnapshotKey;

/**
 * Reads one book of the shelf and names it. Seed text goes through the seed loader, everything else through the
 * importer (with its limits on file size, unpacked size, entries and text). The id is the operator's alias for the file
 * or folder name if there is one, else the book's own identifier (an EPUB's {@code dc:identifier}), else the file or
 * folder name, each made into a {@link BookId}; the title is the metadata's, else the file name (seed text's is its
 * own, {@link LibraryLoader#title}, never the seeds folder's name). Its language is the config's
 * ({@link BookLanguages}), else the metadata's, else what its text tells ({@link studybot.library.TextLanguage}).
 *
 * <p>With {@link BookSnapshots}, an imported book whose files and settings are unchanged since it was last read is
 * taken from its snapshot instead of being parsed again, and a book parsed from its files is kept on the build thread
 * ({@link #keep}). Seed text is always read from its files: it is small and quick to parse.
 */
public final class BookReading {

    private static final Logger LOG = LoggerFactory.getLogger(BookReading.class);

    private final LibraryLoader seedText;
    private final BookImporter importer;
    private final Map<String, BookId> aliases;
    /** Each alias's entry as {@code book.aliases} gives it, by its file or folder name, in the config's order. */
    private final Map<String, String> aliasEntries;

    private final BookLanguages languages;
    private final Optional<BookSnapshots> snapshots;

    /** Reading every book from its files. */
    public BookReading(LibraryLoader seedText, BookImporter importer, List<String> aliases, BookLanguages languages) {
        this(seedText, importer, aliases, languages, Optional.empty());
    }

    /**
     * @param aliases {@code name=id} pairs, as {@code book.aliases} gives them
     * @param languages the config's languages for the seeds folder's books, over their metadata
     * @param snapshots where what reading produced is kept for the next start; empty to parse every book every time
     */
    public BookReading(
            LibraryLoader seedText,
            BookImporter importer,
            List<String> aliases,
            BookLanguages languages,
            Optional<BookSnapshots> snapshots) {
        this.seedText = seedText;
        this.importer = importer;
        this.languages = languages;
        this.snapshots = snapshots;
        Map<String, BookId> byName = new HashMap<>();
        Map<String, String> entries = new LinkedHashMap<>();
        for (String alias : aliases) {
            int equals = alias.indexOf('=');
            String name = alias.substring(0, equals).strip();
            byName.put(name, BookId.slug(alias.substring(equals + 1)));
            entries.put(name, alias);
        }
        this.aliases = Map.copyOf(byName);
        this.aliasEntries = Collections.unmodifiableMap(entries);
    }

    /** The {@code book.aliases} entries, as configured, whose name is no file or folder name of {@code sources}. */
    List<String> unusedAliases(List<BookSource> sources) {
        return aliasEntries.entrySet().stream()
                .filter(entry -> sources.stream()
                        .noneMatch(source -> source.fileName().equals(entry.getKey())
                                || source.baseName().equals(entry.getKey())))
                .map(Map.Entry::getValue)
                .toList();
    }

    /** The book at {@code source}, or a one-line refusal naming the file (and line) to fix. */
    public ReadBook read(BookSource source) throws LibraryException {
        return read(source, () -> {});
    }

    /**
     * The book at {@code source}, as {@link #read(BookSource)}; {@code beforeParsing} runs first when an imported book
     * must be parsed from its files (it has no usable snapshot), so a start can leave the CPU a parse takes to what it
     * needs sooner, while a snapshot, or seed text, is read at once.
     */
    public ReadBook read(BookSource source, Runnable beforeParsing) throws LibraryException {
        if (source.seedText()) {
            Library library = inConfiguredLanguage(source, seedText.load(source.path()));
            String title = seedText.title(source.path());
            return new ReadBook(
                    source,
                    idOf(source, ""),
                    title,
                    "",
                    library,
                    LoadReport.of(library, source.path().toString(), title),
                    Optional.empty());
        }
        Optional<SnapshotKey> key = snapshots.flatMap(kept -> kept.key(source.path(), settings(source)));
        Optional<ReadBook> kept = key.flatMap(found -> fromSnapshot(source, found));
        if (kept.isPresent()) {
            return kept.get();
        }
        beforeParsing.run();
        AssembledBook book = importer.importBook(source.path(), languages.of(source));
        ImportedBook imported = book.source();
        return new ReadBook(
                source,
                idOf(source, imported.id()),
                imported.title().isBlank()
                        ? source.baseName()
                        : imported.title().strip(),
                imported.author().strip(),
                inConfiguredLanguage(source, book.library()),
                book.report(),
                key);
    }

    /**
     * Keeps what reading {@code read} produced for the next start, if it was parsed from its files and they have not
     * changed since (on the build thread, which starts once the login is under way: never on the way to it).
     */
    public void keep(ReadBook read) {
        if (snapshots.isEmpty() || read.unkept().isEmpty()) {
            return;
        }
        BookSource source = read.source();
        Optional<SnapshotKey> now = snapshots.get().key(source.path(), settings(source));
        if (!now.equals(read.unkept())) {
            LOG.info("Kept no snapshot of {}: its files changed while it was read", source.path());
            return;
        }
        snapshots
                .get()
                .keep(
                        snapshotName(source),
                        now.get(),
                        new ReadingSnapshot(
                                read.id().value(), read.title(), read.author(), read.library(), read.report()));
    }

    /** Deletes the snapshots of every book but {@code sources}, the books on disk now. */
    public void keepOnly(Collection<BookSource> sources) {
        snapshots.ifPresent(kept -> kept.keepOnly(sources.stream()
                .filter(source -> !source.seedText())
                .map(BookReading::snapshotName)
                .collect(Collectors.toSet())));
    }

    /** Deletes the snapshot of the book at {@code source}, which is gone. */
    public void forget(BookSource source) {
        snapshots.ifPresent(kept -> kept.forget(snapshotName(source)));
    }

    private Optional<ReadBook> fromSnapshot(BookSource source, SnapshotKey key) {
        return snapshots.get().find(snapshotName(source), key).flatMap(kept -> {
            if (!BookId.isValid(kept.id())) {
                LOG.info("Reading {} from its files: its snapshot names it {}, which is no book id", source, kept.id());
                return Optional.empty();
            }
            return Optional.of(new ReadBook(
                    source,
                    new BookId(kept.id()),
                    kept.title(),
                    kept.author(),
                    kept.library(),
                    kept.report(),
                    Optional.empty()));
        });
    }

    /** The snapshot's name: the book's file or folder name, under its server's folder for an upload. */
    private static String snapshotName(BookSource source) {
        String server = source.owner().isPresent()
                ? "server-" + Long.toUnsignedString(source.owner().getAsLong()) + "/"
                : "";
        return server + source.fileName() + ".read";
    }

    /** The reading settings that apply to the book at {@code source}: part of its snapshot's key. */
    private List<String> settings(BookSource source) {
        return List.of(
                "alias " + alias(source).map(BookId::value).orElse("(none)"),
                "language " + languages.of(source).map(BookLanguage::code).orElse("(metadata)"));
    }

    private Library inConfiguredLanguage(BookSource source, Library library) {
        return languages.of(source).map(library::withLanguage).orElse(library);
    }

    /** What the book at {@code source} would be called without reading it: its alias, else its name. */
    public BookId provisionalId(BookSource source) {
        return alias(source).orElseGet(() -> BookId.slug(source.baseName()));
    }

    private BookId idOf(BookSource source, String ownIdentifier) {
        return alias(source)
                .or(() -> ownIdentifier.isBlank() ? Optional.empty() : Optional.of(BookId.slug(ownIdentifier)))
                .orElseGet(() -> BookId.slug(source.baseName()));
    }

    /** Aliases name books of the seeds folder only: an uploader cannot take over an operator's id. */
    private Optional<BookId> alias(BookSource source) {
        if (source.owner().isPresent()) {
            return Optional.empty();
        }
        return Optional.ofNullable(aliases.get(source.fileName()))
                .or(() -> Optional.ofNullable(aliases.get(source.baseName())));
    }
}
