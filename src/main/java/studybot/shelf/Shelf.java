package studybot.shelf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.book.Book;
import studybot.book.BookBinder;
import studybot.book.CurrentBook;
import studybot.book.check.BookCheck;
import studybot.config.ConfigException;
import studybot.config.UploadsConfig;
import studybot.i18n.Texts;
import studybot.i18n.Wording;
import studybot.library.LibraryException;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.formats.ZippedPages;

/**
 * Every book studybot serves. The seeds folder's books are shared by every server; a server's uploaded books (in the
 * data folder, {@code books/<server id>/}) are listed and used only there. Each book has its own edition, built from a
 * {@link ReadBook} by the {@link BookBinder}, and its own live reload.
 *
 * <p>Every build (the start, a reload, an upload) runs on one thread, one after the other, so memory holds at most one
 * book being built beside the editions being served, however many books there are. Requests never build: they wait at
 * most for an upload's check, which they asked for.
 *
 * <p>The default book is the one {@code book.default} names (by id, or file or folder name) once it is loaded, else the
 * first of the seeds folder's books loaded. Its editions are also swapped into {@link #served()}, the edition every
 * place without a choice answers from.
 */
public final class Shelf implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Shelf.class);
    /** Extensions an upload may have, each read by one of the import's readers (a zip is unpacked first). */
    private static final List<String> UPLOAD_EXTENSIONS = List.of(".epub", ".pdf", ".md", ".markdown", ".zip");

    private final Path seedsFolder;
    private final Path uploadsFolder;
    private final BookDiscovery discovery;
    private final BookReading reading;
    private final BookBinder binder;
    private final ImportLimits limits;
    private final UploadsConfig uploads;
    private final String defaultName;
    private final Clock clock;
    private final Texts texts = Texts.load("shelf");
    private final CurrentBook served = new CurrentBook();
    private final List<BiConsumer<ShelvedBook, Book>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ShelvedBook>> removalListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> loadListeners = new CopyOnWriteArrayList<>();
    private final ExecutorService builds = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "book-builds");
        thread.setDaemon(true);
        return thread;
    });
    private volatile List<ShelvedBook> books = List.of();
    private volatile ShelvedBook defaultBook;

    /**
     * @param uploadsFolder where servers' own books are kept, one folder per server
     * @param defaultName {@code book.default}: a book id, or a file or folder name; empty for the first book
     */
    public Shelf(
            Path seedsFolder,
            Path uploadsFolder,
            BookDiscovery discovery,
            BookReading reading,
            BookBinder binder,
            ImportLimits limits,
            UploadsConfig uploads,
            String defaultName,
            Clock clock) {
        this.seedsFolder = seedsFolder;
        this.uploadsFolder = uploadsFolder;
        this.discovery = discovery;
        this.reading = reading;
        this.binder = binder;
        this.limits = limits;
        this.uploads = uploads;
        this.defaultName = defaultName.strip();
        this.clock = clock;
    }

    /** The default book's edition: what every place without a choice of its own answers from. */
    public CurrentBook served() {
        return served;
    }

    /** Calls {@code listener} once {@link #load} has built every book of the start, on the thread that loaded them. */
    public void addLoadListener(Runnable listener) {
        loadListeners.add(listener);
    }

    /**
     * Calls {@code listener} on the build thread with every book taken off the shelf by its server, once its files are
     * deleted: whatever else was kept for it (its vectors) goes too.
     */
    public void addRemovalListener(Consumer<ShelvedBook> listener) {
        removalListeners.add(listener);
    }

    /** Calls {@code listener} on the build thread with every edition of every book, once it is served. */
    public void addListener(BiConsumer<ShelvedBook, Book> listener) {
        listeners.add(listener);
    }

    /**
     * Reads the first book to serve: the one {@code book.default} names by file or folder name, else the first of the
     * seeds folder. Quick compared with building, and refuses with the file and line to fix, so a bad book stops the
     * start before anything connects.
     */
    public ReadBook readFirst() throws LibraryException {
        return readFirst(() -> {});
    }

    /**
     * Reads the first book to serve, as {@link #readFirst()}; {@code beforeParsing} runs first if it must be parsed
     * rather than read from its snapshot ({@link BookReading#read(BookSource, Runnable)}).
     */
    public ReadBook readFirst(Runnable beforeParsing) throws LibraryException {
        List<BookSource> seeds = orderedSeeds();
        for (BookSource seed : seeds) {
            try {
                return reading.read(seed, beforeParsing);
            } catch (RuntimeException | StackOverflowError e) {
                leaveOff(seed, e);
            }
        }
        throw new LibraryException("noBookReadable", Map.of("folder", seedsFolder));
    }

    /**
     * A book whose reading failed in a way no refusal foresaw (a fault of studybot's, not of the book, or a book nested
     * deeper than a reader's stack) is left off the shelf with one WARN line, as an unreadable book is, instead of
     * ending the start; the trace goes to DEBUG.
     */
    private static void leaveOff(BookSource source, Throwable fault) {
        LOG.warn("Left {} off the shelf: reading it failed unexpectedly ({})", source.path(), fault.toString());
        LOG.debug("The unexpected failure reading {}", source.path(), fault);
    }

    /**
     * Builds every book, one at a time on the build thread, {@code first} (from {@link #readFirst()}) first, then the
     * other books of the seeds folder, then the servers' uploads. A book that can't be read is logged and left out;
     * only a shelf with no book at all is refused, and a {@code book.default} that names none of the seeds folder's
     * books (a typo is never silently ignored: only the seeds folder's books can be the default, and all of them are
     * known by now).
     */
    public void load(ReadBook first) throws LibraryException, ConfigException {
        awaitBuild(() -> {
            shelve(first);
            return null;
        });
        List<BookSource> seeds = orderedSeeds();
        List<BookSource> rest = new ArrayList<>(seeds);
        rest.addAll(discovery.uploads(uploadsFolder));
        List<BookSource> triedFirst = seeds.stream()
                .takeWhile(source -> !source.path().equals(first.source().path()))
                .toList();
        for (BookSource source : rest) {
            if (source.path().equals(first.source().path()) || triedFirst.contains(source)) {
                continue;
            }
            awaitBuild(() -> {
                try {
                    shelve(reading.read(source));
                } catch (LibraryException e) {
                    LOG.warn("Left {} off the shelf: {}", source.path(), e.getMessage());
                } catch (RuntimeException | StackOverflowError e) {
                    leaveOff(source, e);
                }
                return null;
            });
        }
        List<BookSource> onDisk = new ArrayList<>(rest);
        awaitBuild(() -> {
            reading.keepOnly(onDisk);
            return null;
        });
        if (triedFirst.stream().noneMatch(this::namesDefault)) {
            refuseUnknownDefault();
        }
        warnOfUnusedAliases(rest);
        LOG.info(
                "{} on the shelf; the default is {}",
                books.size() == 1 ? "1 book" : books.size() + " books",
                Optional.ofNullable(defaultBook).map(book -> book.id().value()).orElse("(none)"));
        for (Runnable listener : loadListeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("A listener to the loaded shelf failed; the books are served anyway", e);
            }
        }
    }

    /** Reads and builds every book: {@link #readFirst()}, then {@link #load}. */
    public void loadAll() throws LibraryException, ConfigException {
        load(readFirst());
    }

    /**
     * The seeds folder changed: rebuilds, one at a time, the books whose files changed, shelves new ones and takes off
     * those whose files are gone. A book that can no longer be read keeps its last edition serving.
     */
    public void reloadSeeds() {
        awaitBuild(() -> {
            List<BookSource> now;
            try {
                now = discovery.seeds(seedsFolder);
            } catch (LibraryException e) {
                LOG.warn("Kept every book as it was: {}", e.getMessage());
                return null;
            }
            List<ShelvedBook> kept = new ArrayList<>();
            for (ShelvedBook book : books) {
                boolean seed = book.source().owner().isEmpty();
                if (seed
                        && now.stream()
                                .noneMatch(source ->
                                        source.path().equals(book.source().path()))) {
                    LOG.info(
                            "Took {} off the shelf: {} is gone",
                            book.id(),
                            book.source().path());
                    continue;
                }
                kept.add(book);
                if (seed && book.changedOnDisk()) {
                    book.reloader().reloadNow();
                }
            }
            books = List.copyOf(kept);
            for (BookSource source : now) {
                if (books.stream().noneMatch(book -> book.source().path().equals(source.path()))) {
                    try {
                        shelve(reading.read(source));
                    } catch (LibraryException e) {
                        LOG.warn("Left {} off the shelf: {}", source.path(), e.getMessage());
                    } catch (RuntimeException | StackOverflowError e) {
                        leaveOff(source, e);
                    }
                }
            }
            chooseDefault();
            List<BookSource> onDisk = new ArrayList<>(now);
            books.stream()
                    .map(ShelvedBook::source)
                    .filter(source -> source.owner().isPresent())
                    .forEach(onDisk::add);
            reading.keepOnly(onDisk);
            return null;
        });
    }

    /** Every book {@code server} may read: the seeds folder's, then its own uploads (only the seeds' in DMs). */
    public List<ShelvedBook> booksFor(OptionalLong server) {
        return books.stream()
                .filter(book ->
                        book.source().owner().isEmpty() || (server.isPresent() && book.uploadedBy(server.getAsLong())))
                .toList();
    }

    /** The book {@code id} as {@code server} sees it: its own upload of that id first, then the seeds folder's. */
    public Optional<ShelvedBook> find(OptionalLong server, String id) {
        List<ShelvedBook> visible = booksFor(server);
        return visible.stream()
                .filter(book ->
                        book.source().owner().isPresent() && book.id().value().equals(id))
                .findFirst()
                .or(() -> visible.stream()
                        .filter(book -> book.id().value().equals(id))
                        .findFirst());
    }

    /** Every book on the shelf, the seeds folder's and every server's uploads, in the order they were shelved. */
    public List<ShelvedBook> all() {
        return books;
    }

    /** The book places without a choice read; empty only before the first book is built. */
    public Optional<ShelvedBook> defaultBook() {
        return Optional.ofNullable(defaultBook);
    }

    /**
     * The book whose edition served now is {@code edition}; empty when none is (a reload replaced it meanwhile), so
     * {@code /stats} can name the book its figures come from and show that book's own reloads.
     */
    public Optional<ShelvedBook> holding(Book edition) {
        return books.stream()
                .filter(book ->
                        book.ifLoaded().filter(served -> served == edition).isPresent())
                .findFirst();
    }

    /** The seeds watcher failed and starts over: {@code /stats} says so through the default book's figures. */
    public void watcherFailed(String reason, Instant at) {
        defaultBook().ifPresent(book -> book.reloader().watcherFailed(reason, at));
    }

    /**
     * Adds the book in {@code file} (an upload, named {@code fileName} by its sender) as {@code server}'s own: copied
     * into the data folder, read, indexed and checked as {@code check-book} checks, on the build thread. A refused book
     * leaves nothing behind, and every book served before keeps serving.
     */
    public UploadOutcome add(long server, Path file, String fileName) {
        if (!uploads.enabled()) {
            return refused("upload.off", Map.of());
        }
        String extension = extensionOf(fileName);
        if (!UPLOAD_EXTENSIONS.contains(extension)) {
            return refused("upload.format", Map.of("file", fileName));
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return refused("upload.unreadable", Map.of("reason", String.valueOf(e.getMessage())));
        }
        if (size > uploads.maxBytes()) {
            return refused("upload.tooBig", Map.of("size", size, "limit", uploads.maxBytes()));
        }
        return awaitBuild(() -> addOnBuildThread(server, file, fileName, extension));
    }

    /**
     * Takes {@code server}'s own book {@code id} off the shelf and deletes its files; false when the server has no such
     * book (the seeds folder's books are the operator's, and stay).
     */
    public boolean remove(long server, BookId id) {
        return awaitBuild(() -> {
            Optional<ShelvedBook> own = books.stream()
                    .filter(book -> book.uploadedBy(server) && book.id().equals(id))
                    .findFirst();
            if (own.isEmpty()) {
                return false;
            }
            books = books.stream().filter(book -> book != own.get()).toList();
            ZippedPages.deleteQuietly(own.get().source().path());
            reading.forget(own.get().source());
            LOG.info(
                    "Server {} removed its book {} ({})",
                    server,
                    id,
                    own.get().source().path());
            for (Consumer<ShelvedBook> listener : removalListeners) {
                try {
                    listener.accept(own.get());
                } catch (RuntimeException e) {
                    LOG.warn("A listener to removed books failed; {} is removed anyway", id, e);
                }
            }
            return true;
        });
    }

    /** Stops the build thread; a build in progress is abandoned. */
    @Override
    public void close() {
        builds.shutdownNow();
    }

    private UploadOutcome addOnBuildThread(long server, Path file, String fileName, String extension) {
        long owned = books.stream().filter(book -> book.uploadedBy(server)).count();
        if (owned >= uploads.maxBooks()) {
            return refused("upload.tooMany", Map.of("count", owned));
        }
        String base = fileName.substring(0, fileName.length() - extension.length());
        String stored = BookId.slug(base).value() + (ZippedPages.named(fileName) ? "" : extension);
        Path folder = uploadsFolder.resolve(Long.toUnsignedString(server));
        Path target = folder.resolve(stored);
        if (Files.exists(target)) {
            return refused("upload.sameFile", Map.of("file", fileName));
        }
        try {
            Files.createDirectories(folder);
            if (ZippedPages.named(fileName)) {
                ZippedPages.unpack(file, target, limits, fileName + ": ");
            } else {
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            ZippedPages.deleteQuietly(target);
            LOG.warn("Cannot store an upload of server {} at {}: {}", server, target, e.toString());
            return refused("upload.notStored", Map.of());
        } catch (LibraryException e) {
            return UploadOutcome.refused(e.wording());
        }
        BookSource source = new BookSource(target, false, OptionalLong.of(server));
        ReadBook read;
        try {
            read = reading.read(source);
        } catch (LibraryException e) {
            ZippedPages.deleteQuietly(target);
            return UploadOutcome.refused(naming(e.wording(), target, fileName));
        } catch (RuntimeException | StackOverflowError e) {
            ZippedPages.deleteQuietly(target);
            leaveOff(source, e);
            return refused("upload.failed", Map.of());
        }
        if (find(OptionalLong.of(server), read.id().value())
                .filter(book -> book.uploadedBy(server))
                .isPresent()) {
            ZippedPages.deleteQuietly(target);
            return refused("upload.sameBook", Map.of("id", read.id().value()));
        }
        Book edition = binder.bind(read.library());
        int facts = edition.facts().all().size();
        int questions = edition.quiz().size();
        UploadReport report = new UploadReport(
                read.report(),
                read.library().language(),
                read.library().languageFromText(),
                facts,
                questions,
                target.toString(),
                fileName);
        List<Wording> problems =
                BookCheck.problems(read.report(), read.library().language(), facts);
        if (!problems.isEmpty()) {
            ZippedPages.deleteQuietly(target);
            return UploadOutcome.refused(inOneLine(problems), report);
        }
        ShelvedBook book = shelve(read, edition);
        reading.keep(read);
        LOG.info("Server {} added the book {} ({})", server, book.id(), target);
        return UploadOutcome.added(book, report);
    }

    /** {@code problems} one after the other, as one refusal: {@code a; b; c}. */
    private Wording inOneLine(List<Wording> problems) {
        Wording line = problems.get(problems.size() - 1);
        for (int i = problems.size() - 2; i >= 0; i--) {
            line = new Wording(texts, "upload.problems", Map.of("first", problems.get(i), "rest", line));
        }
        return line;
    }

    /** {@code refusal} naming the upload as its sender did, where it named the file stored for it. */
    private static Wording naming(Wording refusal, Path stored, String fileName) {
        Map<String, Object> arguments = new HashMap<>();
        refusal.arguments()
                .forEach((name, value) -> arguments.put(
                        name,
                        value instanceof Number ? value : String.valueOf(value).replace(stored.toString(), fileName)));
        return new Wording(refusal.texts(), refusal.key(), arguments);
    }

    private UploadOutcome refused(String key, Map<String, ?> arguments) {
        return UploadOutcome.refused(new Wording(texts, key, arguments));
    }

    /**
     * Keeps what reading {@code read} produced for the next start, then builds it into a new book on the shelf; on the
     * build thread only. Kept before the build, which takes seconds for a large book: a bot stopped soon after it
     * started still keeps its first book.
     */
    private ShelvedBook shelve(ReadBook read) {
        reading.keep(read);
        return shelve(read, binder.bind(read.library()));
    }

    private ShelvedBook shelve(ReadBook read, Book edition) {
        Optional<ShelvedBook> clash = books.stream()
                .filter(book -> book.id().equals(read.id())
                        && book.source().owner().equals(read.source().owner()))
                .findFirst();
        if (clash.isPresent()) {
            LOG.warn(
                    "Left {} off the shelf: its id {} is taken by {}; give one of them another id in book.aliases",
                    read.source().path(),
                    read.id(),
                    clash.get().source().path());
            return clash.get();
        }
        ShelvedBook book = new ShelvedBook(read.source(), read.id(), reading, binder, clock);
        book.describe(read);
        book.current().replace(edition);
        book.reloader().addListener(next -> announce(book, next));
        List<ShelvedBook> more = new ArrayList<>(books);
        more.add(book);
        books = List.copyOf(more);
        chooseDefault();
        announce(book, edition);
        return book;
    }

    /** Tells the listeners of a new edition, and serves it to places without a choice if it is the default's. */
    private void announce(ShelvedBook book, Book edition) {
        if (book == defaultBook) {
            served.replace(edition);
        }
        for (BiConsumer<ShelvedBook, Book> listener : listeners) {
            try {
                listener.accept(book, edition);
            } catch (RuntimeException e) {
                LOG.warn("A listener to new editions failed; {} is served anyway", book.id(), e);
            }
        }
    }

    private void chooseDefault() {
        List<ShelvedBook> seeds =
                books.stream().filter(book -> book.source().owner().isEmpty()).toList();
        ShelvedBook chosen =
                seeds.stream().filter(this::isNamedDefault).findFirst().orElse(seeds.isEmpty() ? null : seeds.get(0));
        if (chosen != null && chosen != defaultBook) {
            defaultBook = chosen;
            chosen.ifLoaded().ifPresent(served::replace);
        }
    }

    private boolean isNamedDefault(ShelvedBook book) {
        return !defaultName.isEmpty()
                && (book.id().value().equals(defaultName)
                        || book.source().fileName().equals(defaultName)
                        || book.source().baseName().equals(defaultName));
    }

    /**
     * Warns of {@code book.aliases} entries naming no file or folder of the seeds folder: a typo in a renamed file's
     * alias would give the book a new id, and its members' plans, read marks and quiz answers would seem gone.
     */
    private void warnOfUnusedAliases(List<BookSource> sources) {
        List<String> unused = reading.unusedAliases(sources);
        if (unused.isEmpty()) {
            return;
        }
        LOG.warn(
                "book.aliases entries {} name no file or folder of the seeds folder {}, so they give no book its id;"
                        + " its books: {}. Correct the names to keep each book's id (and its members' data)",
                String.join(", ", unused),
                seedsFolder,
                String.join(
                        ", ",
                        books.stream()
                                .filter(book -> book.source().owner().isEmpty())
                                .map(book ->
                                        book.id().value() + " (" + book.source().fileName() + ")")
                                .toList()));
    }

    /** Refuses a {@code book.default} naming no book of the seeds folder, with the books it could name. */
    private void refuseUnknownDefault() throws ConfigException {
        List<ShelvedBook> seeds =
                books.stream().filter(book -> book.source().owner().isEmpty()).toList();
        if (defaultName.isEmpty() || seeds.stream().anyMatch(this::isNamedDefault)) {
            return;
        }
        String named = String.join(
                ", ",
                seeds.stream()
                        .map(book -> book.id().value() + " (" + book.source().fileName() + ")")
                        .toList());
        throw new ConfigException(new Wording(
                        texts,
                        "default.unknown",
                        Map.of("name", defaultName, "folder", seedsFolder.toString(), "books", named))
                .toString());
    }

    /** The seeds folder's books, the one {@code book.default} names by file or folder name first. */
    private List<BookSource> orderedSeeds() throws LibraryException {
        List<BookSource> seeds = new ArrayList<>(discovery.seeds(seedsFolder));
        seeds.sort((a, b) -> Boolean.compare(namesDefault(b), namesDefault(a)));
        return seeds;
    }

    private boolean namesDefault(BookSource source) {
        return !defaultName.isEmpty()
                && (source.fileName().equals(defaultName)
                        || source.baseName().equals(defaultName)
                        || reading.provisionalId(source).value().equals(defaultName));
    }

    private static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
    }

    /** Runs {@code build} on the build thread and waits for it, so builds never overlap. */
    private <T> T awaitBuild(Callable<T> build) {
        Future<T> done = builds.submit(build);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return done.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
