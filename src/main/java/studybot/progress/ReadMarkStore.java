package studybot.progress;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import studybot.command.Place;
import studybot.store.Migrations;
import studybot.store.PersonalColumn;

/**
 * Members' read marks per (place, book, member, section number, section key): {@code book} is the shelf's id of the
 * book they were made in ({@code ""} only for marks from before ids were stored, until the next start gives them one).
 * An interface so progress does not depend on which database holds them.
 */
public interface ReadMarkStore {

    /** The read-mark table's schema history, in {@code db/read_marks/<dialect>}. */
    Migrations MIGRATIONS = new Migrations("read_marks", "db/read_marks")
            .withPersonalColumns(PersonalColumn.owned("read_marks", "member_id"));

    /**
     * Stores {@code marks}; a section already marked keeps its first time.
     *
     * @return how many were not marked before
     */
    int mark(Place place, String book, long memberId, Collection<ReadMark> marks);

    /**
     * Rewrites marks whose sections were renumbered, in one transaction: the stored marks {@code from} (each found by
     * its number and key) become {@code to} (their new numbers and keys, their times kept). A mark whose section left
     * the book keeps its row under the same number, since rows differ by key.
     */
    void move(Place place, String book, long memberId, Collection<ReadMark> from, Collection<ReadMark> to);

    /**
     * Deletes the stored {@code marks}, each found by its number and key, so a hidden mark of a removed section that
     * shares the number stays.
     *
     * @return how many of {@code marks} were stored and no longer are
     */
    int unmark(Place place, String book, long memberId, Collection<ReadMark> marks);

    /** The member's marks, oldest first. */
    List<ReadMark> marks(Place place, String book, long memberId);

    /** Every member's marks of the book in the place, by member id. */
    Map<Long, List<ReadMark>> marksByMember(Place place, String book);

    /** Deletes the member's marks in the place, of every book; @return how many marks were deleted */
    int forgetMember(Place place, long memberId);

    /** The books members have marks of in the place. */
    Set<String> books(Place place);

    /** Deletes every member's marks of the book in the place; @return how many marks were deleted */
    int forgetBook(Place place, String book);

    /** Deletes every mark in the place, of every book, for when studybot leaves a server. */
    void forgetPlace(Place place);

    /**
     * Gives the marks kept under {@code ""} (the default book's, from before books' ids were stored) to {@code book},
     * the default book's id, except marks the member already has of it; how many marks changed.
     */
    int assignBook(String book);
}
