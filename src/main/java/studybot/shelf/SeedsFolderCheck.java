package studybot.shelf;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studybot.book.check.BookCheck;
import studybot.library.LibraryException;
import studybot.library.imports.BookImporter;

/**
 * {@code check-book} given a seeds folder: the operator asks whether the shelf will serve what is in it, so every book
 * the shelf would read from it ({@link BookDiscovery#seeds}) is read and named as the shelf reads and names it
 * ({@link BookReading}) and checked as {@link BookCheck} checks one book, each with its own report; the folder is
 * usable only when every book is. A file, and a folder that is one book (a folder of HTML or Markdown pages, or one a
 * generator wrote), are checked by {@link BookCheck} alone, as before.
 */
public final class SeedsFolderCheck {

    private final BookCheck bookCheck;
    private final BookImporter importer;
    private final BookDiscovery discovery;
    private final BookReading reading;

    public SeedsFolderCheck(BookCheck bookCheck, BookImporter importer, BookDiscovery discovery, BookReading reading) {
        this.bookCheck = bookCheck;
        this.importer = importer;
        this.discovery = discovery;
        this.reading = reading;
    }

    /** Prints the check of the book or seeds folder at {@code source}; returns the exit status. */
    public int run(Path source, PrintStream out, PrintStream err) {
        if (!Files.isDirectory(source)) {
            return bookCheck.run(source, out, err);
        }
        List<BookSource> books;
        try {
            books = discovery.seeds(source);
        } catch (LibraryException e) {
            err.println("check-book: " + e.getMessage());
            return BookCheck.UNUSABLE;
        }
        if (isOneBook(source, books)) {
            return bookCheck.run(source, out, err);
        }
        return checkEach(source, books, out, err);
    }

    /**
     * Whether {@code folder} is one book: the shelf reads the folder itself as a book (a generator wrote it), or the
     * importer reads it as a book of pages and the shelf would find in it no folder of pages and no seed text, only its
     * pages (and perhaps the same book as a PDF or EPUB beside them, as Debian ships its manuals).
     */
    private boolean isOneBook(Path folder, List<BookSource> books) {
        if (books.stream().anyMatch(book -> !book.seedText() && book.path().equals(folder))) {
            return true;
        }
        return importer.accepts(folder)
                && books.stream().noneMatch(book -> book.seedText() || Files.isDirectory(book.path()));
    }

    private int checkEach(Path folder, List<BookSource> books, PrintStream out, PrintStream err) {
        List<String> unusable = new ArrayList<>();
        Map<BookId, BookSource> ids = new HashMap<>();
        for (BookSource book : books) {
            if (!ids.isEmpty() || !unusable.isEmpty()) {
                out.println();
            }
            Checked checked = checkOne(book, ids, out, err);
            checked.id().ifPresent(id -> ids.putIfAbsent(id, book));
            if (!checked.usable()) {
                unusable.add(checked.name());
            }
        }
        out.println();
        String count = books.size() + (books.size() == 1 ? " book in " : " books in ") + folder;
        if (unusable.isEmpty()) {
            out.println(count + ": all usable");
            return BookCheck.USABLE;
        }
        out.println(count + ": " + (books.size() - unusable.size()) + " usable; not usable: "
                + String.join(", ", unusable));
        return BookCheck.UNUSABLE;
    }

    /**
     * Reads and checks {@code book}, headed by its id, file or folder name and title. Not usable when it can't be read,
     * its check finds a problem, or a book before it has its id (the shelf leaves the second off).
     */
    private Checked checkOne(BookSource book, Map<BookId, BookSource> ids, PrintStream out, PrintStream err) {
        String unread = reading.provisionalId(book).value() + " (" + book.fileName() + ")";
        ReadBook read;
        try {
            read = reading.read(book);
        } catch (LibraryException e) {
            out.println("== " + unread + " ==");
            err.println("check-book: " + e.getMessage());
            return new Checked(unread, Optional.empty(), false);
        } catch (RuntimeException | StackOverflowError e) {
            out.println("== " + unread + " ==");
            err.println("check-book: " + book.path() + ": reading it failed unexpectedly (" + e + ")");
            return new Checked(unread, Optional.empty(), false);
        }
        String name = read.id().value() + " (" + book.fileName() + ")";
        out.println("== " + name + ": " + read.title() + " ==");
        boolean usable =
                bookCheck.check(read.library(), read.report(), book.path().toString(), out, err) == BookCheck.USABLE;
        BookSource sameId = ids.get(read.id());
        if (sameId != null) {
            err.println("check-book: " + book.path() + ": " + sameId.fileName() + " has the same id, "
                    + read.id().value()
                    + ", so the shelf leaves this book off: give one of them another id in book.aliases");
            usable = false;
        }
        return new Checked(name, Optional.of(read.id()), usable);
    }

    /** One book's check: how it is named in the summary, its id if it was read, whether the shelf would serve it. */
    private record Checked(String name, Optional<BookId> id, boolean usable) {}
}
