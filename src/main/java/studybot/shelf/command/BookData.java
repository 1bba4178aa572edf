package studybot.shelf.command;

import java.util.Set;

/**
 * What members keep of each book at a server (its reading plans, read marks and quiz data), kept by the features that
 * own it. {@code /book remove} deletes the removed book's, and a server manager sees and deletes what books no longer
 * on the shelf left, without {@code /book} knowing those features.
 */
public interface BookData {

    /**
     * The id of data kept before books' ids were stored, until the first start gives it its book; never a book's id, so
     * never listed as a book left behind.
     */
    String UNASSIGNED = "";

    /** The ids of the books the server keeps data of, {@link #UNASSIGNED} among them when it has some. */
    Set<String> booksWithData(long server);

    /** Deletes the server's data of the book. */
    void forget(long server, String book);
}
