package studybot.shelf;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import studybot.book.Book;
import studybot.book.BookBinder;
import studybot.book.CurrentBook;
import studybot.library.Library;
import studybot.library.LibraryException;
import studybot.library.imports.LoadReport;
import studybot.reload.BookReloader;
import studybot.reload.ReloadStatus;

/**
 * One book on the shelf: its id (fixed by its first reading, so a reload never renames it), what its metadata calls it,
 * the edition being served and the reloader that replaces it. The title, author and report follow the latest edition.
 */
public final class ShelvedBook {

    private final BookSource source;
    private final BookId id;
    private final CurrentBook current;
    private final BookReloader reloader;
    private volatile Described described;
    private volatile SourceStamp stamp;

    /** The metadata and report of the edition served now. */
    private record Described(String title, String author, LoadReport report) {}

    /** An empty book, whose reloader reads {@code source} with {@code reading} and builds it with {@code binder}. */
    ShelvedBook(BookSource source, BookId id, BookReading reading, BookBinder binder, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.id = Objects.requireNonNull(id, "id");
        this.current = new CurrentBook();
        this.reloader = new BookReloader(source.path(), path -> readAgain(reading), binder, current, clock);
        this.stamp = SourceStamp.of(source);
    }

    public BookId id() {
        return id;
    }

    /**
     * The book's own folder name among those of every book on the shelf, for what is kept on disk per book (its passage
     * vectors): its id for the seeds folder's books, {@code server-<id>/<book id>} for a server's upload, so a server's
     * book never shares a folder with the seeds folder's book or another server's of the same id.
     */
    public String folderName() {
        return source.owner().isPresent()
                ? "server-" + Long.toUnsignedString(source.owner().getAsLong()) + "/" + id.value()
                : id.value();
    }

    public BookSource source() {
        return source;
    }

    /** The title from the book's metadata, else its file name; empty until its first edition is built. */
    public String title() {
        Described now = described;
        return now == null ? id.value() : now.title();
    }

    /** The author from the metadata; empty when the book doesn't say. */
    public String author() {
        Described now = described;
        return now == null ? "" : now.author();
    }

    /** What the import made of the edition served now. */
    public Optional<LoadReport> report() {
        return Optional.ofNullable(described).map(Described::report);
    }

    /** The edition to answer from; waits for the first one while it is being built. */
    public CurrentBook current() {
        return current;
    }

    /** The edition served now, without waiting. */
    public Optional<Book> ifLoaded() {
        return current.ifLoaded();
    }

    /** The uploading server's own book, as opposed to the seeds folder's, which every server shares. */
    public boolean uploadedBy(long server) {
        return source.owner().isPresent() && source.owner().getAsLong() == server;
    }

    public ReloadStatus reloadStatus() {
        return reloader.status();
    }

    BookReloader reloader() {
        return reloader;
    }

    private Library readAgain(BookReading reading) throws LibraryException {
        ReadBook read = reading.read(source);
        describe(read);
        reading.keep(read);
        return read.library();
    }

    void describe(ReadBook read) {
        described = new Described(read.title(), read.author(), read.report());
    }

    /** Whether the files changed since the last look, noting their new stamp if so. */
    boolean changedOnDisk() {
        SourceStamp now = SourceStamp.of(source);
        if (now.equals(stamp)) {
            return false;
        }
        stamp = now;
        return true;
    }
}
