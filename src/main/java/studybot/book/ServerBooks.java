package studybot.book;

import java.util.function.Supplier;

/**
 * The edition each server reads, for the work done for a server rather than for a command, which has the book in its
 * scope: the daily post, the rounds' timer, the digest's thread. Server {@code 0} is the console, which stands in for a
 * server of its own.
 */
@FunctionalInterface
public interface ServerBooks {

    /** The server id the console stands in as. */
    long CONSOLE = 0;

    /**
     * The edition {@code serverId} reads now; the first time a server is asked about this may wait for the store (its
     * choice of book), and until a book's first edition is built, for that.
     */
    Book of(long serverId);

    /** One book for every server. */
    static ServerBooks everywhere(Supplier<Book> book) {
        return server -> book.get();
    }
}
