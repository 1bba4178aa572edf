package studybot.shelf.command;

import java.util.Set;

/**
 * What members keep of each book at a server (its reading plans and read marks), kept by the features that own it.
 * {@code /book remove} deletes the removed book's, and a server manager sees and deletes what books no longer on the
 * shelf left, without {@code /book} knowing those features.
 */
public interface BookData {

    /**
     * The id the default book's data is kept under, whichever book that is (data kept before books were told apart).
     */
    String DEFAULT_BOOK = "";

    /** The ids of the books the server keeps data of, {@link #DEFAULT_BOOK} among them when it has some. */
    Set<String> booksWithData(long server);

    /** Deletes the server's data of the book. */
    void forget(long server, String book);
}
